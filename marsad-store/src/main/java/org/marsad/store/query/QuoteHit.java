package org.marsad.store.query;

import java.time.LocalDate;

/**
 * A quote found in the archive, with the article it is in; {@code start}/{@code end} index that
 * article's body.
 *
 * @param speaker   the speaker's canonical name, or null when none was found
 * @param speakerRole the speaker's title («الرئيس الأمريكي») when known, else null
 */
public record QuoteHit(String articleId, String title, String source, LocalDate published, String text, int start,
        int end, boolean direct, String cue, String speaker, String speakerRole) {}
