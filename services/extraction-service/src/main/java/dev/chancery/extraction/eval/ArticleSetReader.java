package dev.chancery.extraction.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an expected-facts file in the corpus format ("## file-name" entries with @published, @outlet and "+"/"+?"
 * lines, no body) and takes each article's body from the file of that name in the articles directory, so that
 * real article text stays outside the repository.
 */
public final class ArticleSetReader {
    private ArticleSetReader() {
    }

    /** The articles with bodies; an entry whose file is missing is an IllegalArgumentException naming it. */
    public static List<CorpusItem> read(Path articlesDir, Path expectedFile) throws IOException {
        if (!Files.isDirectory(articlesDir)) {
            throw new IllegalArgumentException("articles directory not found: " + articlesDir);
        }
        if (!Files.isRegularFile(expectedFile)) {
            throw new IllegalArgumentException("expected-facts file not found: " + expectedFile);
        }
        List<CorpusItem> out = new ArrayList<>();
        for (CorpusItem entry : CorpusReader.parse(expectedFile.getFileName().toString(),
                Files.readAllLines(expectedFile, StandardCharsets.UTF_8))) {
            Path body = articlesDir.resolve(entry.id());
            if (!Files.isRegularFile(body)) {
                throw new IllegalArgumentException("article " + entry.id() + " listed in " + expectedFile
                        + " is missing in " + articlesDir);
            }
            if (entry.published() == null) {
                throw new IllegalArgumentException("article " + entry.id() + " has no @published date in "
                        + expectedFile);
            }
            out.add(new CorpusItem(entry.id(), true, entry.published(), entry.outlet(), entry.kind(), entry.original(),
                    Files.readString(body, StandardCharsets.UTF_8), entry.expected()));
        }
        return out;
    }
}
