using Faultline.Core;

namespace Faultline.Nlp;

/// <summary>
/// The NLP pipeline: tokenizer → sentence splitter → tagger + lemmatizer → parser → NER → time
/// expressions → quantities. Models are loaded once and are read-only afterwards, so one instance
/// serves all threads. Headings, bylines and datelines are tagged but not parsed.
/// </summary>
public sealed class NlpPipeline
{
    public SentenceSplitter Splitter { get; }
    public PosTagger Tagger { get; }
    /// <summary>A parser model, or several voting (<see cref="ParserVote"/>).</summary>
    public ISentenceParser Parser { get; }
    public EntityRecognizer Recognizer { get; }

    public NlpPipeline(SentenceSplitter splitter, PosTagger tagger, ISentenceParser parser, EntityRecognizer recognizer)
    {
        Splitter = splitter;
        Tagger = tagger;
        Parser = parser;
        Recognizer = recognizer;
    }

    /// <summary>The shipped models: data/models/ next to the executable.</summary>
    public static string DefaultModelDir => Path.Combine(AppContext.BaseDirectory, "data", "models");

    /// <summary>Hand-kept name lists ("kind TAB name", data/names/*.tsv next to the executable), read at every load on top of the
    /// gazetteer built into the recogniser: a name added there counts without retraining.</summary>
    public static string NamesDir => Path.Combine(AppContext.BaseDirectory, "data", "names");

    /// <summary>The tagger the pipeline uses unless told otherwise; <see cref="AccurateTagger"/> ships beside it.</summary>
    public const string DefaultTagger = "pos.model";
    /// <summary>The tagger that also reads each sentence right to left: more accurate, about 2.7 times the tagging time (README).</summary>
    public const string AccurateTagger = "pos-bidirectional.model";

    /// <summary>The parser the pipeline uses unless told otherwise; <see cref="AccurateParser"/> ships beside it.</summary>
    public const string DefaultParser = "parser.model";
    /// <summary>The parser that keeps a beam of partial parses: more accurate, several times the parsing time (README).</summary>
    public const string AccurateParser = "parser-beam.model";
    /// <summary>Two beam parsers and the greedy one voting, on the pipeline's tags and on the default tagger's: the most
    /// accurate parses, a few times the beam parser's time (README).</summary>
    public const string VotingParser = "parser-vote.model";

    /// <summary>A tagger named by file name lies in the model directory; anything with a directory in it is a path.</summary>
    public static string TaggerPath(string modelDir, string? tagger) => ModelPath(modelDir, tagger, DefaultTagger);

    /// <summary>A parser named by file name lies in the model directory; anything with a directory in it is a path.</summary>
    public static string ParserPath(string modelDir, string? parser) => ModelPath(modelDir, parser, DefaultParser);

    static string ModelPath(string modelDir, string? file, string fallback) =>
        Path.GetFullPath(file is null ? Path.Combine(modelDir, fallback) : file.IndexOfAny(['/', '\\']) < 0 ? Path.Combine(modelDir, file) : file);

    static readonly Lock SharedLock = new();
    static readonly Dictionary<string, NlpPipeline> Shared = new();

    /// <summary>Loads the models of a directory (and the tagger <paramref name="tagger"/> and parser <paramref name="parser"/>, see
    /// <see cref="TaggerPath"/> and <see cref="ParserPath"/>) once per process and returns the shared pipeline.</summary>
    public static NlpPipeline Load(string? modelDir = null, string? tagger = null, string? parser = null)
    {
        var dir = Path.GetFullPath(modelDir ?? DefaultModelDir);
        var taggerPath = TaggerPath(dir, tagger);
        var parserPath = ParserPath(dir, parser);
        var key = dir + "|" + taggerPath + "|" + parserPath;
        lock (SharedLock)
        {
            if (Shared.TryGetValue(key, out var p)) return p;
            if (!Directory.Exists(dir)) throw new ModelFileException($"model directory not found: {dir}");
            // the four files load side by side (decompression and table building are CPU-bound)
            var splitter = Task.Run(() => SentenceSplitter.Load(Path.Combine(dir, "sentences.model")));
            var posTagger = Task.Run(() => PosTagger.Load(taggerPath));
            var dependencyParser = Task.Run(() => ParserVote.LoadParser(parserPath));
            var ner = Task.Run(() => LoadRecognizer(Path.Combine(dir, "ner.model")));
            // GetResult rethrows a loader's own exception (a clear ModelFileException), not an AggregateException
            p = new NlpPipeline(splitter.GetAwaiter().GetResult(), posTagger.GetAwaiter().GetResult(), dependencyParser.GetAwaiter().GetResult(),
                ner.GetAwaiter().GetResult());
            Shared[key] = p;
            return p;
        }
    }

    /// <summary>A recogniser file read with the hand-kept name lists of <see cref="NamesDir"/> on top of its own gazetteer.</summary>
    public static EntityRecognizer LoadRecognizer(string path)
    {
        var recognizer = EntityRecognizer.Load(path);
        try
        {
            var files = Directory.Exists(NamesDir) ? Directory.GetFiles(NamesDir, "*.tsv").Order(StringComparer.Ordinal).ToList() : [];
            return files.Count == 0 ? recognizer : recognizer.WithNames(recognizer.Names.With(files));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFileException($"name lists in {NamesDir} could not be read: {e.Message}");
        }
    }

    public Doc Process(string text, DateOnly? referenceDate = null, bool parse = true)
    {
        var tokenList = Tokenizer.Tokenize(text);
        var sentences = Splitter.Split(text, tokenList);
        var tokens = tokenList.ToArray();
        var doc = new Doc(text, tokens, sentences) { ReferenceDate = referenceDate };
        var entities = new List<Entity>();
        var quantities = new List<Quantity>();
        foreach (var s in sentences)
        {
            if (s.TokenCount == 0) continue;
            Tagger.Tag(text, tokens, s.FirstToken, s.EndToken);
            if (parse && s.Kind == SentenceKind.Body) Parser.Parse(text, tokens, s.FirstToken, s.EndToken);
            quantities.AddRange(Quantities.Find(text, tokens, s.FirstToken, s.EndToken));
        }
        // entities last: the recogniser reads the whole document (a name given in full once is known when it comes back)
        Recognizer.Recognise(text, tokens, sentences, entities);
        if (parse) DependencyParser.RepairConjunctionInsideName(text, tokens, entities);
        doc.Entities = entities.ToArray();
        doc.Times = TimeExpressions.Find(text, referenceDate).ToArray();
        // a date's numbers are no quantities ("on 3 March", "14/02/2024")
        if (doc.Times.Length > 0) quantities.RemoveAll(q => doc.TimesOverlapping(q.Start, q.End).Any(t => q.Start < t.End && t.Start < q.End));
        doc.Quantities = quantities.ToArray();
        return doc;
    }
}
