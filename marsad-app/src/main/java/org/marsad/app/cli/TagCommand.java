package org.marsad.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.extract.ner.ConllReader;
import org.marsad.extract.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad tag --conll FILE}: named-entity tags for pre-tokenized text, for any scorer. */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {
            "Tag pre-tokenized text with named entities. Reads one token per line (first column; other columns",
            "are ignored; a blank line between sentences) and writes token<TAB>tag with the same sentence breaks.",
            "Tags are ANERcorp-style BIO: B-PERS I-PERS B-LOC I-LOC B-ORG I-ORG B-MISC I-MISC O."
        })
final class TagCommand implements Callable<Integer> {
    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL-style input, or - for standard input")
    String conll;

    @Option(names = "--model", paramLabel = "FILE", description = "model file (default: the shipped model)")
    Path model;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<List<String>> sentences;
        if (conll.equals("-")) {
            String text = InputText.decodeUtf8(System.in.readAllBytes(), "standard input");
            sentences = ConllReader.readTokens(new StringReader(text), "standard input");
        } else {
            Path file = Path.of(conll);
            if (Files.isDirectory(file)) {
                throw new UserException(conll + ": is a directory, expected a CoNLL file");
            }
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                sentences = ConllReader.readTokens(r, conll);
            } catch (NoSuchFileException e) {
                throw new UserException(conll + ": no such file");
            } catch (java.nio.charset.MalformedInputException e) {
                throw new UserException(conll + ": not valid UTF-8 text");
            }
        }
        NerTagger tagger = NerData.tagger(model);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        boolean first = true;
        for (List<String> s : sentences) {
            if (!first) {
                out.write('\n');
            }
            first = false;
            List<String> tags = tagger.tagNames(s);
            for (int i = 0; i < s.size(); i++) {
                out.write(s.get(i));
                out.write('\t');
                out.write(tags.get(i));
                out.write('\n');
            }
        }
        out.flush();
        return 0;
    }
}
