package org.marsad.extract.date;

/**
 * A date in the text, chars {@code [start, end)}.
 *
 * @param value    ISO-8601, partial where the text or the article date leaves parts unknown
 *                 ({@code --11-28}, {@code 2024-04}, {@code 2024-W15}); null for a relative date without an article date
 * @param relative true for «أمس», «الثلاثاء الماضي», «الأسبوع المقبل»...
 */
public record DateMention(int start, int end, String value, boolean relative) {
    public String text(CharSequence original) {
        return original.subSequence(start, end).toString();
    }
}
