package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.extract.doc.Doc;
import org.marsad.text.lexicon.StopWords;
import org.marsad.text.normalize.ArabicNormalizer;
import org.marsad.text.segment.ArabicSegmenter;
import org.marsad.text.segment.Segmentation;
import org.marsad.text.sentence.Sentence;
import org.marsad.text.sentence.SentenceSplitter;
import org.marsad.text.tokenize.ArabicTokenizer;
import org.marsad.text.tokenize.Token;
import org.marsad.text.tokenize.TokenType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad analyze}: what marsad reads in one article. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {
            "Analyze one article: named entities (linked, with canonical names and roles), quotes and their speakers,",
            "claimed figures and dates. With --tokens: sentences, tokens, normalized forms and clitic segmentation.",
            "Without FILE, analyzes a bundled sample article. Offsets are Java String indices into the text as read (after BOM removal)."
        })
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "UTF-8 text file, or - for standard input (default: bundled sample)")
    String file;

    @Option(names = "--json", description = "print one JSON object {entities, quotes, claims, dates} instead of the human-readable view")
    boolean json;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the article's date, to resolve «أمس», «الثلاثاء الماضي»...")
    String date;

    @Option(names = "--ner-model", paramLabel = "FILE", description = "NER model file (default: the shipped model)")
    java.nio.file.Path nerModel;

    @Option(names = "--tokens", description = "show sentences, tokens and stems instead of the extraction")
    boolean tokensView;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate articleDate = parseDate(date);
        String text = InputText.read(file);
        if (!tokensView) {
            Doc doc = Extraction.extractor(nerModel).extract(text, articleDate);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(ExtractionJson.write(doc));
            } else {
                ExtractionView.print(out, doc);
            }
            out.flush();
            return 0;
        }
        List<Token> tokens = ArabicTokenizer.tokenize(text);
        List<Sentence> sentences = SentenceSplitter.split(text, tokens);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(toJson(text, tokens, sentences)));
        } else {
            printHuman(out, text, tokens, sentences);
        }
        out.flush();
        return 0;
    }

    static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new UserException("--date: expected YYYY-MM-DD, got '" + s + "'");
        }
    }

    static ObjectNode toJson(String text, List<Token> tokens, List<Sentence> sentences) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        ArrayNode ss = root.putArray("sentences");
        for (Sentence s : sentences) {
            ss.addObject().put("text", s.text(text)).put("start", s.start()).put("end", s.end());
        }
        ArrayNode ts = root.putArray("tokens");
        ArabicSegmenter seg = ArabicSegmenter.standard();
        for (Token t : tokens) {
            String surface = t.text(text);
            ObjectNode o = ts.addObject().put("text", surface).put("start", t.start()).put("end", t.end())
                    .put("type", t.type().name());
            if (t.type().isWordLike()) {
                String norm = ArabicNormalizer.search().normalize(surface);
                o.put("normalized", norm);
                if (t.type() == TokenType.ARABIC) {
                    Segmentation s = seg.segment(norm);
                    o.put("proclitics", s.proclitics()).put("stem", s.stem()).put("suffixes", s.suffixes())
                            .put("stopword", StopWords.contains(norm));
                }
            }
        }
        return root;
    }

    private static void printHuman(PrintWriter out, String text, List<Token> tokens, List<Sentence> sentences) {
        ArabicSegmenter seg = ArabicSegmenter.standard();
        int n = 1;
        for (Sentence s : sentences) {
            out.printf("[%d] %s%n", n++, s.text(text).replace('\n', ' '));
            StringBuilder line = new StringBuilder("    ");
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                String surface = t.text(text);
                if (t.type() != TokenType.ARABIC) {
                    line.append(surface);
                } else {
                    String norm = ArabicNormalizer.search().normalize(surface);
                    Segmentation g = seg.segment(norm);
                    if (StopWords.contains(norm)) {
                        line.append('(').append(surface).append(')');
                    } else if (g.isSplit()) {
                        line.append(g.proclitics().isEmpty() ? "" : g.proclitics() + "+")
                                .append(g.stem())
                                .append(g.suffixes().isEmpty() ? "" : "+" + g.suffixes());
                    } else {
                        line.append(g.stem());
                    }
                }
                line.append(' ');
            }
            out.println(line.toString().stripTrailing());
        }
        out.printf("%n%d sentences, %d tokens. Second lines show stems with split clitics (و+ال+stem+suffix); stop words in ().%n",
                sentences.size(), tokens.size());
    }
}
