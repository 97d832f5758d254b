package dev.chancery.extraction.domain;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenNLP English UD-EWT models (sentences, tokens, UPOS tags, lemmas), loaded once from the classpath of
 * the {@code opennlp-models-*-en} jars. Models are immutable; the ME wrappers are not thread-safe, so each
 * thread gets its own.
 */
public final class NlpModels {
    private static final String SUFFIX = "-1.3-2.5.4.bin";
    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final LemmatizerModel lemmatizerModel;
    private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(this::newTools);

    public NlpModels() {
        sentenceModel = load("sentence", SentenceModel::new);
        tokenizerModel = load("tokens", TokenizerModel::new);
        posModel = load("pos", POSModel::new);
        lemmatizerModel = load("lemmas", LemmatizerModel::new);
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String kind, ModelReader<M> reader) {
        String name = "/opennlp-en-ud-ewt-" + kind + SUFFIX;
        try (InputStream in = NlpModels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model not on the classpath: " + name);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + name, e);
        }
    }

    private Tools newTools() {
        return new Tools(new SentenceDetectorME(sentenceModel), new TokenizerME(tokenizerModel),
                new POSTaggerME(posModel), new LemmatizerME(lemmatizerModel));
    }

    public Span[] sentences(String text) {
        return tools.get().sentences().sentPosDetect(text);
    }

    public Span[] tokens(String text) {
        return tools.get().tokenizer().tokenizePos(text);
    }

    public String[] tags(String[] words) {
        return tools.get().tagger().tag(words);
    }

    public String[] lemmas(String[] words, String[] tags) {
        return tools.get().lemmatizer().lemmatize(words, tags);
    }

    private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger,
                         LemmatizerME lemmatizer) {
    }
}
