package org.marsad.extract.quote;

/**
 * A quotation: what was said, chars {@code [start, end)} without the quote marks, and who said it.
 *
 * @param direct   true for words inside quote marks, false for reported speech («قال إن ...»)
 * @param cueStart start of the cue word («قال», «مضيفاً», «بحسب»), or -1 when there is none
 * @param cueEnd   end of the cue word, or -1
 * @param speaker  null when no speaker could be found: never a guess
 * @param gender   agreement shown by the cue, null without a cue
 */
public record Quote(int start, int end, boolean direct, int cueStart, int cueEnd, Speaker speaker, Gender gender) {
    public String text(CharSequence original) {
        return original.subSequence(start, end).toString();
    }

    public String cue(CharSequence original) {
        return cueStart < 0 ? null : original.subSequence(cueStart, cueEnd).toString();
    }
}
