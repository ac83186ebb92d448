package org.marsad.store.summary;

import java.util.List;
import java.util.stream.Collectors;

/** An extractive summary: chosen sentences in reading order (by input text, then offset). */
public record Summary(List<SummarySentence> sentences) {
    public Summary {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return sentences.stream().map(SummarySentence::text).collect(Collectors.joining(" "));
    }
}
