package dev.chancery.extraction.eval;

import dev.chancery.model.article.OutletKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the line-oriented corpus format described in corpus/README.md. */
public final class CorpusReader {
    private CorpusReader() {
    }

    /**
     * All items of a split directory: every {@code *.txt} file in name order (sentences.txt, articles.txt and
     * files of cases grouped by pattern, such as sentences-refusals.txt), so that new cases need no new wiring.
     */
    public static List<CorpusItem> read(Path splitDir) throws IOException {
        List<Path> files;
        try (var list = Files.list(splitDir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<CorpusItem> out = new ArrayList<>();
        for (Path p : files) {
            out.addAll(parse(splitDir.getFileName() + "/" + p.getFileName(), Files.readAllLines(p, StandardCharsets.UTF_8)));
        }
        return out;
    }

    static List<CorpusItem> parse(String name, List<String> lines) {
        List<CorpusItem> out = new ArrayList<>();
        LocalDate published = null;
        String outlet = "Unknown";
        OutletKind kind = OutletKind.NEWSPAPER;
        String original = null;
        Builder cur = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String t = line.trim();
            if (t.startsWith("## ") || t.startsWith("> ")) {
                if (cur != null) {
                    out.add(cur.build());
                }
                boolean article = t.startsWith("## ");
                cur = new Builder(article ? t.substring(3).trim() : name + ":" + (n + 1), article);
                if (!article) {
                    cur.body.append(t.substring(2).trim());
                }
                cur.published = published;
                cur.outlet = outlet;
                cur.kind = kind;
                cur.original = original;
            } else if (t.startsWith("@published ")) {
                published = LocalDate.parse(t.substring(11).trim());
                if (cur != null) {
                    cur.published = published;
                }
            } else if (t.startsWith("@outlet ")) {
                String[] p = t.substring(8).trim().split("\\s+");
                kind = OutletKind.valueOf(p[p.length - 1]);
                outlet = String.join(" ", List.of(p).subList(0, p.length - 1));
                if (cur != null) {
                    cur.outlet = outlet;
                    cur.kind = kind;
                }
            } else if (t.startsWith("@original ")) {
                String o = t.substring(10).trim();
                original = o.equals("-") ? null : o;
                if (cur != null) {
                    cur.original = original;
                }
            } else if ((t.startsWith("+ ") || t.startsWith("+? ")) && cur != null) {
                cur.expected.add(ExpectedClaim.parse(t));
            } else if (t.startsWith("#") || cur == null || !cur.article) {
                continue;
            } else if (t.isEmpty()) {
                if (cur.body.length() > 0) {
                    cur.body.append("\n\n");
                }
            } else {
                if (cur.body.length() > 0 && !cur.body.toString().endsWith("\n")) {
                    cur.body.append(' ');
                }
                cur.body.append(t);
            }
        }
        if (cur != null) {
            out.add(cur.build());
        }
        return out;
    }

    private static final class Builder {
        final String id;
        final boolean article;
        final StringBuilder body = new StringBuilder();
        final List<ExpectedClaim> expected = new ArrayList<>();
        LocalDate published;
        String outlet;
        OutletKind kind;
        String original;

        Builder(String id, boolean article) {
            this.id = id;
            this.article = article;
        }

        CorpusItem build() {
            return new CorpusItem(id, article, published, outlet, kind, original, body.toString().trim(),
                    List.copyOf(expected));
        }
    }
}
