package org.marsad.store.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The readable text of an element, one paragraph per block element, separated by blank lines.
 * Short blocks that are mostly link text (menus, tag lists, "read also" rows that escaped the
 * boilerplate filter) are dropped.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table", "td", "th", "dd", "dt", "dl",
            "figcaption", "br", "hr", "header", "footer", "body");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder block = new StringBuilder();
    private int linkChars;

    private HtmlText() {}

    static String of(Element root) {
        HtmlText t = new HtmlText();
        t.walk(root, false);
        t.flush();
        return String.join("\n\n", t.paragraphs);
    }

    private void walk(Node node, boolean inLink) {
        if (node instanceof TextNode tn) {
            appendText(tn.text(), inLink);
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        boolean isBlock = BLOCKS.contains(tag);
        if (isBlock) {
            flush();
        }
        boolean link = inLink || tag.equals("a");
        for (Node child : e.childNodes()) {
            walk(child, link);
        }
        if (isBlock) {
            flush();
        }
    }

    private void appendText(String text, boolean inLink) {
        int before = block.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (block.length() > 0 && block.charAt(block.length() - 1) != ' ') {
                    block.append(' ');
                }
            } else {
                block.append(c);
            }
        }
        if (inLink) {
            linkChars += block.length() - before;
        }
    }

    private void flush() {
        String s = block.toString().strip();
        boolean menuLike = s.length() < 200 && linkChars > s.length() / 2;
        if (!s.isEmpty() && !menuLike) {
            paragraphs.add(s);
        }
        block.setLength(0);
        linkChars = 0;
    }
}
