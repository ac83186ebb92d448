package org.marsad.store.read;

/** The reader for each format. Readers keep no state between files, so one of each serves a whole run. */
public final class Readers {
    private final TxtReader txt = new TxtReader();
    private final JsonlReader jsonl = new JsonlReader();
    private final HtmlReader html = new HtmlReader();
    private final FeedReader feed = new FeedReader();
    private final WarcReader warc = new WarcReader();

    public ArticleReader of(InputFormat format) {
        return switch (format) {
            case TXT -> txt;
            case JSONL -> jsonl;
            case HTML -> html;
            case RSS -> feed;
            case WARC -> warc;
        };
    }
}
