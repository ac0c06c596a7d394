using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Faultline.Nlp;
using Spectre.Console;

namespace Faultline.Cli;

/// <summary>`faultline train …` and `faultline eval …`: reproducible training and the standard metrics of each model.</summary>
static class NlpCommands
{
    public static string ModelDir => Path.Combine(Cli.DataDir, "models");

    /// <summary>Which POS model the pipeline uses: a file name in the model directory, or a path.</summary>
    public static Option<string?> TaggerOption() => new("--tagger")
    {
        Description = $"POS model: a file name in the model directory or a path (default {NlpPipeline.DefaultTagger}; {NlpPipeline.AccurateTagger} also reads each sentence right to left: more accurate, slower; README)"
    };

    /// <summary>Which parser the pipeline uses: a file name in the model directory, or a path.</summary>
    public static Option<string?> ParserOption() => new("--parser")
    {
        Description = $"Parser model: a file name in the model directory or a path (default {NlpPipeline.DefaultParser}; {NlpPipeline.AccurateParser} keeps a beam of partial parses: more accurate, slower; {NlpPipeline.VotingParser}: two beam parsers and the greedy one voting, the most accurate, slower still; README)"
    };

    public static void Add(RootCommand root)
    {
        var train = new Command("train", "Train a model from public data (seeded, deterministic)");
        var eval = new Command("eval", "Score a component on a test file; --format json prints one object of the field's standard metrics");
        root.Subcommands.Add(train);
        root.Subcommands.Add(eval);
        CodingCommands.Add(root, eval);

        Option<string> Req(string name, string desc) => new(name) { Description = desc, Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed (shuffling)", DefaultValueFactory = _ => 1 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress output" };
        var average = new Option<int>("--average") { Description = "Train this many models with different seeds and keep the mean of their weights: scores as their vote does, at the cost of one model (4: dev +0.2 POS, +0.5 UAS; README)", DefaultValueFactory = _ => 1 };
        var clustersOpt = new Option<string>("--clusters") { Description = "Word classes to build in (from `faultline train clusters`)", DefaultValueFactory = _ => Path.Combine(ModelDir, "clusters.model") };

        {
            var tr = Req("--train", "CoNLL-U training file (e.g. en_ewt-ud-train.conllu)");
            var dev = new Option<string?>("--dev") { Description = "CoNLL-U dev file: tunes the boundary threshold" };
            var outPath = new Option<string>("--out") { Description = "Model file to write", DefaultValueFactory = _ => Path.Combine(ModelDir, "sentences.model") };
            var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 12 };
            var refit = new Option<bool>("--refit") { Description = "After tuning the threshold on --dev, train again on the training and dev documents together with the same seed, epochs and threshold (the shipped model; README)" };
            var cmd = new Command("sentences", "Train the sentence splitter on a treebank's raw text") { tr, dev, outPath, epochs, seed, refit, quiet, clustersOpt };
            cmd.SetAction(p => RunRefittable(p, refit, dev, "the threshold is tuned there before the refit", () =>
            {
                var data = TreebankEval.Documents(Conllu.ReadFile(p.GetValue(tr)!));
                var devData = p.GetValue(dev) is { } d ? TreebankEval.Documents(Conllu.ReadFile(d)) : null;
                var clusters = LoadClusters(p.GetValue(clustersOpt)!);
                var sw = Stopwatch.StartNew();
                var model = SentenceSplitter.Train(data, p.GetValue(epochs), p.GetValue(seed),
                    (e, acc) => Progress(p.GetValue(quiet), $"epoch {e}: train accuracy {acc:P2}"), clusters);
                if (devData is not null) Progress(p.GetValue(quiet), $"dev sentence F1 {model.TuneBias(devData):F4} at bias {model.Bias}");
                if (p.GetValue(refit))
                {
                    Progress(p.GetValue(quiet), $"refitting on {data.Count} training and {devData!.Count} dev documents with bias {model.Bias}");
                    model = SentenceSplitter.Train([.. data, .. devData], p.GetValue(epochs), p.GetValue(seed),
                        (e, acc) => Progress(p.GetValue(quiet), $"refit epoch {e}: train accuracy {acc:P2}"), clusters).WithBias(model.Bias);
                }
                model.Save(p.GetValue(outPath)!);
                Progress(p.GetValue(quiet), $"wrote {p.GetValue(outPath)} in {sw.Elapsed.TotalSeconds:F0} s");
            }));
            train.Subcommands.Add(cmd);
        }

        {
            var gmb = new Option<string?>("--gmb") { Description = "GMB ner_dataset.csv (its training 90% is used as unlabelled news text)" };
            var tb = new Option<string?>("--treebank") { Description = "CoNLL-U file whose words are used (the training treebank)" };
            var news = new Option<string?>("--articles") { Description = "JSON Lines articles with a \"text\" field" };
            var minCount = new Option<int>("--min-count") { DefaultValueFactory = _ => 3 };
            var outPath = new Option<string>("--out") { Description = "Model file to write", DefaultValueFactory = _ => Path.Combine(ModelDir, "clusters.model") };
            var cmd = new Command("clusters", "Learn distributional word classes from unlabelled text (used as features by pos, parser and ner)") { gmb, tb, news, minCount, outPath, seed, quiet };
            cmd.SetAction(p => Run(() =>
            {
                var sw = Stopwatch.StartNew();
                var clusters = WordClusters.Build(WordClusters.Corpus(p.GetValue(gmb), p.GetValue(tb), p.GetValue(news)), p.GetValue(minCount), p.GetValue(seed),
                    line => Progress(p.GetValue(quiet), line));
                clusters.Save(p.GetValue(outPath)!);
                Progress(p.GetValue(quiet), $"wrote {p.GetValue(outPath)} ({clusters.Count} words) in {sw.Elapsed.TotalSeconds:F0} s");
            }));
            train.Subcommands.Add(cmd);
        }

        {
            var tr = Req("--train", "CoNLL-U training file (en_ewt-ud-train.conllu)");
            var dev = new Option<string?>("--dev") { Description = "CoNLL-U dev file: the tagger's accuracy on it is printed" };
            var outPath = new Option<string>("--out") { Description = "Model file to write", DefaultValueFactory = _ => Path.Combine(ModelDir, "pos.model") };
            var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 10 };
            var lexiconOpt = new Option<string?>("--gmb") { Description = "GMB ner_dataset.csv: the tags its training 90% gives each word become features (a tag lexicon of news text; README)" };
            var bidirectional = new Option<bool>("--bidirectional") { Description = "Also train the passes on the sentences read right to left; each word gets the tag of the two directions' summed scores (README)" };
            var refit = new Option<bool>("--refit") { Description = "Train on the --train and --dev sentences together (the epochs are fixed, so dev picks nothing; it is then scored as training data)" };
            var prune = new Option<float>("--prune") { Description = "Drop weights of this magnitude or less from the saved tagger (0.2 halves an averaged bidirectional tagger's table at no cost on dev; README)", DefaultValueFactory = _ => 0f };
            var cmd = new Command("pos", "Train the POS tagger and lemmatizer on a UD treebank") { tr, dev, outPath, epochs, seed, average, quiet, clustersOpt, lexiconOpt, bidirectional, refit, prune };
            cmd.SetAction(p => RunRefittable(p, refit, dev, "its sentences join the training set", () =>
            {
                var (trainData, devData) = ReadTreebanks(p.GetValue(tr)!, p.GetValue(dev), p.GetValue(refit));
                var sw = Stopwatch.StartNew();
                var clusters = LoadClusters(p.GetValue(clustersOpt)!);
                var lexicon = p.GetValue(lexiconOpt) is { } g ? TagLexicon.FromGmb(g) : TagLexicon.Empty;
                if (lexicon.Count > 0) Progress(p.GetValue(quiet), $"tag lexicon: {lexicon.Count} words");
                var taggers = TrainSeveral(p.GetValue(quiet), "pos", p.GetValue(average), p.GetValue(epochs), p.GetValue(seed), (seed, report) =>
                    PosTagger.Train(trainData, devData, p.GetValue(epochs), seed,
                        (e, u, x) => report(e, double.IsNaN(u) ? "" : $"dev UPOS {u:P2} XPOS {x:P2}"), clusters: clusters, lexicon: lexicon,
                        bidirectional: p.GetValue(bidirectional)).Tagger);
                var tagger = taggers.Length == 1 ? taggers[0] : PosTagger.Averaged(taggers);
                if (p.GetValue(prune) > 0) tagger = tagger.Pruned(p.GetValue(prune));
                tagger.Save(p.GetValue(outPath)!);
                var score = devData is null ? "" : tagger.Evaluate(devData) is var (u, x, _) ? $" (dev UPOS {u:P2}, XPOS {x:P2})" : "";
                Progress(p.GetValue(quiet), $"mean of {taggers.Length} taggers, {tagger.WeightCount:N0} weights{score}; wrote {p.GetValue(outPath)} in {sw.Elapsed.TotalSeconds:F0} s");
            }));
            train.Subcommands.Add(cmd);
        }

        {
            var tr = Req("--train", "CoNLL-U training file (en_ewt-ud-train.conllu)");
            var dev = new Option<string?>("--dev") { Description = "CoNLL-U dev file: the epoch with the best dev LAS is kept" };
            var outPath = new Option<string>("--out") { Description = "Model file to write", DefaultValueFactory = _ => Path.Combine(ModelDir, "parser.model") };
            var tagger = new Option<string>("--tagger") { Description = "POS model whose tags the parser sees on dev (and, with --jackknife 0, on train)", DefaultValueFactory = _ => Path.Combine(ModelDir, "pos.model") };
            var folds = new Option<int>("--jackknife") { Description = "Tag the training set with taggers trained on the other folds (0 = use --tagger)", DefaultValueFactory = _ => 5 };
            var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 12 };
            var prune = new Option<float>("--prune") { Description = "Drop averaged weights of this magnitude or less: 1.0 keeps a quarter of them at -0.2 UAS and parses 1.5x faster (with --average 4, 0.75 does that at no cost on dev)", DefaultValueFactory = _ => 1.0f };
            var supertags = new Option<bool>("--supertags") { Description = "Also train a supertagger (each word's arc label, the side of its head, whether it has dependents left and right) built into the parser, which reads its tags for the words ahead; the training set gets its supertags from supertaggers trained on the other folds" };
            var beamOpt = new Option<int>("--beam") { Description = "Train for beam search with this many partial parses kept (global training with max-violation updates, about this many times slower to train and to parse); 1 trains the greedy parser with the dynamic oracle", DefaultValueFactory = _ => 1 };
            var refit = new Option<bool>("--refit") { Description = "Train on the --train and --dev sentences together, jackknifed alike (the epochs are fixed, so dev picks nothing)" };
            var cmd = new Command("parser", "Train the dependency parser on a UD treebank, with predicted tags") { tr, dev, outPath, tagger, folds, epochs, seed, average, quiet, clustersOpt, prune, supertags, beamOpt, refit };
            cmd.SetAction(p => RunRefittable(p, refit, dev, "its sentences join the training set", () =>
            {
                var (trainData, devData) = ReadTreebanks(p.GetValue(tr)!, p.GetValue(dev), p.GetValue(refit));
                var sw = Stopwatch.StartNew();
                int k = p.GetValue(folds);
                var pos = PosTagger.Load(p.GetValue(tagger)!);
                var clusters = LoadClusters(p.GetValue(clustersOpt)!);
                string[][] trainTags;
                if (k >= 2)
                {
                    trainTags = new string[trainData.Count][];
                    int done = 0;
                    // (the folds' taggers train in parallel; each fold's seeds are fixed, so the tags do not depend on the order)
                    Enumerable.Range(0, k).AsParallel().ForAll(fold =>
                    {
                        var rest = trainData.Where((_, i) => i % k != fold).ToList();
                        // each fold's tagger is a mean of --average taggers too, so the parser trains on tags like those it will see
                        var foldTagger = PosTagger.Averaged(Enumerable.Range(0, Math.Max(1, p.GetValue(average))).AsParallel().AsOrdered()
                            .Select(j => PosTagger.Train(rest, null, 8, p.GetValue(seed) + fold + 1000 * j, clusters: clusters, lexicon: pos.Lexicon,
                                bidirectional: pos.Bidirectional).Tagger).ToList());
                        for (int i = fold; i < trainData.Count; i += k) trainTags[i] = TagsOf(foldTagger, trainData[i]);
                        Progress(p.GetValue(quiet), $"jackknife fold {Interlocked.Increment(ref done)}/{k} tagged ({sw.Elapsed.TotalSeconds:F0} s)");
                    });
                }
                else trainTags = trainData.Select(s => TagsOf(pos, s)).ToArray();
                var devTags = devData?.Select(s => TagsOf(pos, s)).ToArray();
                Supertagger? supertagger = null;
                ulong[][]? trainSupers = null;
                if (p.GetValue(supertags))
                {
                    var hashed = trainTags.Select(t => t.Select(FeatureHash.Of).ToArray()).ToArray();
                    int sk = Math.Max(2, k);
                    trainSupers = new ulong[trainData.Count][];
                    var foldTaggers = Enumerable.Range(0, sk).AsParallel().AsOrdered().Select(fold =>
                    {
                        var idx = Enumerable.Range(0, trainData.Count).Where(i => i % sk != fold).ToList();
                        return Supertagger.Train(idx.Select(i => trainData[i]).ToList(), idx.Select(i => hashed[i]).ToList(), 8, p.GetValue(seed) + fold, clusters);
                    }).ToList();
                    for (int fold = 0; fold < sk; fold++)
                        for (int i = fold; i < trainData.Count; i += sk)
                        {
                            trainSupers[i] = new ulong[trainData[i].Length];
                            foldTaggers[fold].Tag(WordInfo.OfSentence(trainData[i].Forms, clusters), hashed[i], trainSupers[i]);
                        }
                    supertagger = Supertagger.Train(trainData, hashed, 8, p.GetValue(seed), clusters);
                    var devScore = devData is null ? "" : $", dev {supertagger.Evaluate(devData, devTags!.Select(t => t.Select(FeatureHash.Of).ToArray()).ToList(), clusters):P2}";
                    Progress(p.GetValue(quiet), $"supertagger: {supertagger.ClassCount} supertags{devScore} ({sw.Elapsed.TotalSeconds:F0} s)");
                }
                // one model is pruned as it trains; several keep their best epochs unpruned, and their mean is pruned
                bool several = p.GetValue(average) > 1;
                var results = TrainSeveral(p.GetValue(quiet), "parser", p.GetValue(average), p.GetValue(epochs), p.GetValue(seed), (seed, report) =>
                    DependencyParser.Train(trainData, trainTags, devData, devTags, p.GetValue(epochs), seed,
                        (e, u, l) => report(e, double.IsNaN(u) ? "" : $"dev UAS {u:P2} LAS {l:P2}"), clusters, several ? 0f : p.GetValue(prune), supertagger, trainSupers,
                        p.GetValue(beamOpt)));
                var parser = several ? DependencyParser.Averaged(results.Select(r => r.Parser).ToList()).Pruned(p.GetValue(prune)) : results[0].Parser;
                parser.Save(p.GetValue(outPath)!);
                var score = devData is null ? "" : parser.Evaluate(devData, devTags!) is var (uas, las) ? $" (dev UAS {uas:P2}, LAS {las:P2})" : "";
                Progress(p.GetValue(quiet), $"mean of {results.Length} parsers, epochs {string.Join(", ", results.Select(r => r.BestEpoch))}{score}; wrote {p.GetValue(outPath)} in {sw.Elapsed.TotalSeconds:F0} s");
            }));
            train.Subcommands.Add(cmd);
        }

        {
            // (training runs with different seeds can then be pooled without training them again in one run)
            var inputs = new Argument<string[]>("parsers") { Description = "Parser model files trained on the same treebank, or recogniser model files trained on the same corpus (one file: that model, pruned with --prune)", Arity = new ArgumentArity(1, 64) };
            var outPath = new Option<string>("--out") { Description = "Model file to write", Required = true };
            var prune = new Option<float>("--prune") { Description = "Drop mean weights of this magnitude or less", DefaultValueFactory = _ => 0f };
            var cmd = new Command("average", "Write the mean of the weights of parser models, or of recogniser models, trained separately (each file counts once; the first file's word classes, supertagger and beam width, or name lists and word classes), or one model pruned") { inputs, outPath, prune };
            cmd.SetAction(p => Run(() =>
            {
                if (p.GetValue(inputs)!.All(f => ModelFile.KindOf(f) == EntityRecognizer.Kind))
                {
                    var recognisers = p.GetValue(inputs)!.Select(EntityRecognizer.Load).ToList();
                    var ner = recognisers.Count == 1 ? recognisers[0] : EntityRecognizer.Averaged(recognisers);
                    if (p.GetValue(prune) > 0) ner = ner.Pruned(p.GetValue(prune));
                    ner.Save(p.GetValue(outPath)!);
                    Progress(false, $"{(recognisers.Count == 1 ? "one recogniser" : $"mean of {recognisers.Count} recognisers")} ({ner.WeightCount:N0} weights); wrote {p.GetValue(outPath)}");
                    return;
                }
                var parsers = p.GetValue(inputs)!.Select(DependencyParser.Load).ToList();
                if (parsers.Any(x => x.BeamWidth != parsers[0].BeamWidth))
                    throw new FormatException("the parsers differ in beam width: each was trained for its own");
                if (parsers.Any(x => !x.Labels.SequenceEqual(parsers[0].Labels)))
                    throw new FormatException("the parsers differ in their label sets: they were trained on different treebanks");
                var mean = DependencyParser.Averaged(parsers);
                if (p.GetValue(prune) > 0) mean = mean.Pruned(p.GetValue(prune));
                mean.Save(p.GetValue(outPath)!);
                Progress(false, $"{(parsers.Count == 1 ? "one parser" : $"mean of {parsers.Count} parsers")} ({mean.WeightCount:N0} weights); wrote {p.GetValue(outPath)}");
            }));
            train.Subcommands.Add(cmd);
        }

        {
            var inputs = new Argument<string[]>("voters")
            {
                Description = "Each voter as PARSER=WEIGHT (the parser on the pipeline's tags) or PARSER@TAGGER=WEIGHT (on that tagger's tags), by file names in the vote file's directory; the first voter's tags stay",
                Arity = new ArgumentArity(2, 64)
            };
            var outPath = new Option<string>("--out") { Description = "Vote file to write", DefaultValueFactory = _ => Path.Combine(ModelDir, NlpPipeline.VotingParser) };
            var cmd = new Command("vote", "Write a parser vote: parser models (each on the pipeline's tags or on another tagger's) whose weighted arcs choose each sentence's tree; use it as --parser FILE") { inputs, outPath };
            cmd.SetAction(p => Run(() =>
            {
                var voters = p.GetValue(inputs)!.Select(ParseVoter).ToList();
                var outFile = Path.GetFullPath(p.GetValue(outPath)!);
                var dir = Path.GetDirectoryName(outFile)!;
                foreach (var file in voters.SelectMany(v => new[] { v.Parser, v.Tagger }).OfType<string>())
                    if (!File.Exists(Path.Combine(dir, file))) throw new FormatException($"{file} is not in {dir}: a vote's models lie beside it");
                // written beside the target and loaded before it replaces anything: a vote that cannot load leaves an existing file be
                var candidate = outFile + ".new";
                ParserVote.Save(candidate, voters);
                try { ParserVote.Load(candidate); }
                catch { File.Delete(candidate); throw; }
                File.Move(candidate, outFile, overwrite: true);
                Progress(false, $"vote of {voters.Count} parsers; wrote {outFile}");
            }));
            train.Subcommands.Add(cmd);
        }

        {
            var tr = Req("--train", "GMB ner_dataset.csv; its first 90% of sentences are used (the last 10% is the test split)");
            var shared = new Option<string>("--names") { Description = "Shared reference data folder holding gazetteer-geonames/ and actors-petrarch2/ (the name lists)", DefaultValueFactory = _ => Path.Combine("..", "shared", "data") };
            var outPath = new Option<string>("--out") { Description = "Model file to write", DefaultValueFactory = _ => Path.Combine(ModelDir, "ner.model") };
            var tagger = new Option<string>("--tagger") { Description = "POS model used for the tag features", DefaultValueFactory = _ => Path.Combine(ModelDir, "pos.model") };
            var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 8 };
            var refit = new Option<bool>("--refit") { Description = "Train on the whole training part, the tail that otherwise picks the epochs included (each pass then trains --epochs epochs)" };
            var beamOpt = new Option<int>("--beam") { Description = "Class sequences kept while reading a sentence, in training (early update) and decoding (1: greedy)", DefaultValueFactory = _ => 1 };
            var cmd = new Command("ner", "Train the named-entity recogniser on the GMB corpus with gazetteer features") { tr, shared, outPath, tagger, epochs, seed, average, quiet, clustersOpt, refit, beamOpt };
            cmd.SetAction(p => Run(() =>
            {
                var sw = Stopwatch.StartNew();
                if (p.GetValue(beamOpt) is < 1 or > EntityRecognizer.MaxBeamWidth) throw new FormatException($"--beam must be between 1 and {EntityRecognizer.MaxBeamWidth}");
                var (trainPart, _) = GmbCorpus.SplitByPosition(GmbCorpus.Read(p.GetValue(tr)!));
                int devCut = trainPart.Count - trainPart.Count / 20; // the tail of the training part picks the epoch
                var names = NameLists.Build(p.GetValue(shared)!, [Path.Combine(Cli.DataDir, "names", "extra-names.tsv")], line => Progress(p.GetValue(quiet), line));
                var pos = PosTagger.Load(p.GetValue(tagger)!);
                // two passes of --epochs each: the first, then the second stacked on jackknifed first-pass readings
                var clusters = LoadClusters(p.GetValue(clustersOpt)!);
                bool refitting = p.GetValue(refit);
                var trainSentences = refitting ? trainPart : trainPart.Take(devCut).ToList();
                var devSentences = refitting ? null : trainPart.Skip(devCut).ToList();
                var results = TrainSeveral(p.GetValue(quiet), "ner", p.GetValue(average), 2 * p.GetValue(epochs), p.GetValue(seed), (seed, report) =>
                    EntityRecognizer.Train(trainSentences, devSentences, pos, names, p.GetValue(epochs), seed, (e, f1) => report(e, double.IsNaN(f1) ? "" : $"dev F1 {f1:F4}"), clusters, beamWidth: p.GetValue(beamOpt)));
                var ner = results.Length == 1 ? results[0].Recognizer : EntityRecognizer.Averaged(results.Select(r => r.Recognizer).ToList());
                ner.Save(p.GetValue(outPath)!);
                var score = devSentences is null ? "" : $" (dev F1 {ner.Evaluate(devSentences, pos).F1:F4})";
                Progress(p.GetValue(quiet), $"mean of {results.Length} recognisers, second-pass epochs {string.Join(", ", results.Select(r => r.BestEpoch))}{score}; wrote {p.GetValue(outPath)} in {sw.Elapsed.TotalSeconds:F0} s");
            }));
            train.Subcommands.Add(cmd);
        }

        {
            var input = new Argument<string>("file") { Description = "A plain-text file, or - for standard input" };
            var date = new Option<string?>("--date") { Description = "Reference date (YYYY-MM-DD) for relative time expressions" };
            var modelDir = new Option<string>("--models") { Description = "Directory of model files", DefaultValueFactory = _ => ModelDir };
            var taggerFile = TaggerOption();
            var parserFile = ParserOption();
            var cmd = new Command("nlp", "Analyse plain text: CoNLL-U with lemmas, tags, dependencies and entities (MISC NER=), then times and quantities as comments") { input, date, modelDir, taggerFile, parserFile };
            cmd.SetAction(p => Run(() =>
            {
                var path = p.GetValue(input)!;
                var text = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
                DateOnly? reference = null;
                if (p.GetValue(date) is { } d)
                {
                    if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                        throw new FormatException($"--date must be YYYY-MM-DD, got '{d}'");
                    reference = parsed;
                }
                var doc = NlpPipeline.Load(p.GetValue(modelDir), p.GetValue(taggerFile), p.GetValue(parserFile)).Process(text, reference);
                Console.Write(ConlluWriter.Write(doc));
            }));
            root.Subcommands.Add(cmd);
        }

        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var test = Req("--test", "Test file (CoNLL-U treebank; for ner, the GMB ner_dataset.csv)");
        var models = new Option<string>("--models") { Description = "Directory of model files", DefaultValueFactory = _ => ModelDir };
        var taggerOption = TaggerOption();
        var parserOption = ParserOption();

        {
            var cmd = new Command("tokenizer", "Token F1 on the raw text of a treebank") { test, format };
            cmd.SetAction(p => Run(() =>
            {
                var s = TreebankEval.Tokenizer(Conllu.ReadFile(p.GetValue(test)!));
                Print(p.GetValue(format)!, new() { ["token_f1"] = s.F1, ["precision"] = s.Precision, ["recall"] = s.Recall, ["gold"] = s.Gold, ["predicted"] = s.Predicted });
            }));
            eval.Subcommands.Add(cmd);
        }
        {
            var cmd = new Command("sentences", "Sentence F1 on the raw text of a treebank; on GMB's ner_dataset.csv, on its test split written back as running text (news)") { test, format, models };
            cmd.SetAction(p => Run(() =>
            {
                var splitter = SentenceSplitter.Load(Path.Combine(p.GetValue(models)!, "sentences.model"));
                var s = GmbCorpus.IsGmbFile(p.GetValue(test)!)
                    ? TreebankEval.GmbSentences(GmbCorpus.SplitByPosition(GmbCorpus.ReadTagged(p.GetValue(test)!)).Test.Select(x => x.Words).ToList(), splitter)
                    : TreebankEval.Sentences(Conllu.ReadFile(p.GetValue(test)!), splitter);
                Print(p.GetValue(format)!, new() { ["sentence_f1"] = s.F1, ["precision"] = s.Precision, ["recall"] = s.Recall, ["gold"] = s.Gold, ["predicted"] = s.Predicted });
            }));
            eval.Subcommands.Add(cmd);
        }
        {
            var cmd = new Command("pos", "UPOS, XPOS and lemma accuracy with gold tokenisation; on GMB's ner_dataset.csv, agreement with its automatic PTB tags on the test split (news text)") { test, format, models, taggerOption };
            cmd.SetAction(p => Run(() =>
            {
                var tagger = PosTagger.Load(NlpPipeline.TaggerPath(p.GetValue(models)!, p.GetValue(taggerOption)));
                if (GmbCorpus.IsGmbFile(p.GetValue(test)!))
                {
                    var (_, news) = GmbCorpus.SplitByPosition(GmbCorpus.ReadTagged(p.GetValue(test)!));
                    var agreement = tagger.Agreement(news);
                    Print(p.GetValue(format)!, new() { ["xpos_agreement"] = agreement.Rate, ["tokens"] = agreement.Tokens });
                    return;
                }
                var (u, x, l) = tagger.Evaluate(Conllu.ReadFile(p.GetValue(test)!));
                Print(p.GetValue(format)!, new() { ["upos"] = u, ["xpos"] = x, ["lemma"] = l });
            }));
            eval.Subcommands.Add(cmd);
        }
        {
            var beamOverride = new Option<int?>("--beam") { Description = "Parse with this beam width instead of the model's own (1: greedily)" };
            var parsesOut = new Option<string?>("--output") { Description = "Also write the predicted trees to this CoNLL-U file (the gold words; our lemmas, tags, heads and labels), for error analysis" };
            var cmd = new Command("parser", "UAS and LAS with predicted tags and gold tokenisation (CoNLL 2018: punctuation included, universal labels)") { test, format, models, taggerOption, parserOption, beamOverride, parsesOut };
            cmd.SetAction(p => Run(() =>
            {
                var tagger = PosTagger.Load(NlpPipeline.TaggerPath(p.GetValue(models)!, p.GetValue(taggerOption)));
                var parser = ParserVote.LoadParser(NlpPipeline.ParserPath(p.GetValue(models)!, p.GetValue(parserOption)));
                if (p.GetValue(beamOverride) is int width)
                {
                    if (width is < 1 or > 256) throw new FormatException("--beam must be between 1 and 256");
                    if (parser is not DependencyParser single) throw new FormatException("--beam applies to one parser model, not to a vote");
                    parser = single.WithBeam(width);
                }
                var data = Conllu.ReadFile(p.GetValue(test)!);
                using var output = p.GetValue(parsesOut) is { } o ? new StreamWriter(o) : null;
                var (uas, las) = TreebankEval.Parser(data, tagger, parser, output is null ? null : (s, _, tokens) =>
                    output.Write(ConlluWriter.WriteSentence(s.Forms, tokens)));
                Print(p.GetValue(format)!, new() { ["uas"] = uas, ["las"] = las });
            }));
            eval.Subcommands.Add(cmd);
        }
        {
            var split = new Option<string>("--split") { Description = "test: GMB's last 10% of sentences; dev: the tail twentieth of the training part, which picks the training epochs (for choices that must not look at test); train: the whole training part (how far the model fits what it learned from)", DefaultValueFactory = _ => "test" };
            split.AcceptOnlyFromAmong("test", "dev", "train");
            var errors = new Option<string?>("--errors") { Description = "Also write each sentence the recogniser got wrong, with the spans missed (-) and found wrongly (+), to this file" };
            var cmd = new Command("ner", "Entity-level exact-match P/R/F1 on the GMB test split (its last 10% of sentences)") { test, format, models, taggerOption, split, errors };
            cmd.SetAction(p => Run(() =>
            {
                var tagger = PosTagger.Load(NlpPipeline.TaggerPath(p.GetValue(models)!, p.GetValue(taggerOption)));
                var ner = NlpPipeline.LoadRecognizer(Path.Combine(p.GetValue(models)!, "ner.model"));
                var (trainPart, testPart) = GmbCorpus.SplitByPosition(GmbCorpus.Read(p.GetValue(test)!));
                var sentences = p.GetValue(split) switch
                {
                    "dev" => trainPart.Skip(trainPart.Count - trainPart.Count / 20).ToList(),
                    "train" => trainPart,
                    _ => testPart,
                };
                if (sentences.Count == 0)
                    throw new InvalidDataException($"{p.GetValue(test)}: its {p.GetValue(split)} split has no sentences (the file has {trainPart.Count + testPart.Count}; test is the last tenth, dev the last twentieth of the rest)");
                var s = ner.Evaluate(sentences, tagger, out var byType, out var readings);
                if (p.GetValue(errors) is { } errorPath) WriteNerErrors(errorPath, sentences, readings);
                var metrics = new Dictionary<string, double> { ["precision"] = s.Precision, ["recall"] = s.Recall, ["f1"] = s.F1, ["gold"] = s.Gold, ["predicted"] = s.Predicted };
                foreach (var (type, t) in byType) { metrics[$"{type}_f1"] = t.F1; metrics[$"{type}_gold"] = t.Gold; }
                // the same with spans alone, whatever their type: how much of the error is the type and how much the span
                var spans = readings.Aggregate(new PrfScore(), (sum, r) => sum + PrfScore.Of(r.Gold.Select(g => (g.Start, g.End)), r.Found.Select(f => (f.Start, f.End))));
                metrics["span_f1"] = spans.F1;
                Print(p.GetValue(format)!, metrics);
            }));
            eval.Subcommands.Add(cmd);
        }
    }

    /// <summary>One block per sentence with a difference: the words, then "- TYPE words" for each gold span missed and
    /// "+ TYPE words" for each span found that GMB does not have.</summary>
    static void WriteNerErrors(string path, List<NerSentence> sentences, List<NerReading> read)
    {
        using var w = new StreamWriter(path);
        for (int j = 0; j < sentences.Count; j++)
        {
            var (gold, found) = read[j];
            var missed = gold.Except(found).ToList();
            var wrong = found.Except(gold).ToList();
            if (missed.Count == 0 && wrong.Count == 0) continue;
            var words = sentences[j].Words;
            w.WriteLine($"# {j + 1}: {string.Join(' ', words)}");
            foreach (var (st, en, type) in missed) w.WriteLine($"- {type} {string.Join(' ', words[st..en])}");
            foreach (var (st, en, type) in wrong) w.WriteLine($"+ {type} {string.Join(' ', words[st..en])}");
        }
    }

    /// <summary>A progress bar with the epoch and the latest dev score, on stderr when it is a terminal.</summary>
    static T WithProgress<T>(bool quiet, string name, int epochs, Func<Action<int, string>, T> body)
    {
        if (quiet) return body((_, _) => { });
        if (Console.IsErrorRedirected)
            return body((e, score) => Console.Error.WriteLine($"{name} epoch {e}/{epochs} {score}"));
        T result = default!;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"{name}: epoch 0/{epochs}", maxValue: epochs);
                result = body((e, score) =>
                {
                    task.Value = e;
                    task.Description = Markup.Escape($"{name}: epoch {e}/{epochs} {score}");
                    console.WriteLine(Markup.Escape($"epoch {e}: {score}"));
                });
            });
        return result;
    }

    /// <summary>Trains <paramref name="models"/> models with seeds seed, seed+1000, … (in parallel, one progress bar over
    /// all their epochs) and returns them in seed order, so that their average is deterministic.</summary>
    static T[] TrainSeveral<T>(bool quiet, string name, int models, int epochsPerModel, int seed, Func<int, Action<int, string>, T> trainOne)
    {
        if (models < 1) throw new FormatException("--average must be at least 1");
        return WithProgress(quiet, models == 1 ? name : $"{name} ({models} models)", models * epochsPerModel, report =>
        {
            var results = new T[models];
            var last = new int[models];
            int done = 0;
            var gate = new object();
            Parallel.For(0, models, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                results[i] = trainOne(seed + 1000 * i, (e, score) =>
                {
                    lock (gate)
                    {
                        done += Math.Max(0, e - last[i]);
                        last[i] = e;
                        report(done, models == 1 ? score : $"(model {i + 1}: epoch {e}) {score}");
                    }
                }));
            return results;
        });
    }

    /// <summary>Runs a training command whose --refit needs --dev (a usage error without it).</summary>
    static int RunRefittable(ParseResult p, Option<bool> refit, Option<string?> dev, string whyDev, Action body)
    {
        if (p.GetValue(refit) && p.GetValue(dev) is null) { Output.Error($"--refit needs --dev: {whyDev}"); return Cli.ExitUsage; }
        return Run(body);
    }

    /// <summary>The training and dev treebanks; with <paramref name="refit"/> the dev sentences join the training ones and
    /// nothing is left to score epochs on.</summary>
    static (List<TreebankSentence> Train, List<TreebankSentence>? Dev) ReadTreebanks(string train, string? dev, bool refit)
    {
        var trainData = Conllu.ReadFile(train);
        var devData = dev is null ? null : Conllu.ReadFile(dev);
        return refit && devData is not null ? ([.. trainData, .. devData], null) : (trainData, devData);
    }

    /// <summary>The word classes to build into a model; none when the file is absent (a model without them still works).</summary>
    static WordClusters LoadClusters(string path) => File.Exists(path) ? WordClusters.Load(path) : WordClusters.Empty;

    static string[] TagsOf(PosTagger tagger, TreebankSentence s)
    {
        var x = new string[s.Length];
        tagger.Tag(s.Forms, x, new string[s.Length]);
        return x;
    }

    /// <summary>"parser-beam.model@pos.model=0.6": a parser file, the tagger file whose tags it reads (none: the pipeline's), a weight.</summary>
    static (string Parser, string? Tagger, double Weight) ParseVoter(string spec)
    {
        int eq = spec.LastIndexOf('=');
        if (eq < 0 || !double.TryParse(spec.AsSpan(eq + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)
            || !double.IsFinite(weight) || weight <= 0)
            throw new FormatException($"voter '{spec}': expected PARSER=WEIGHT or PARSER@TAGGER=WEIGHT with a positive weight");
        var models = spec[..eq].Split('@');
        if (models.Length > 2 || models.Any(m => m.Length == 0 || m.IndexOfAny(['/', '\\']) >= 0))
            throw new FormatException($"voter '{spec}': name the parser (and tagger) by file name; they lie beside the vote file");
        return (models[0], models.Length == 2 ? models[1] : null, weight);
    }

    static void Progress(bool quiet, string line)
    {
        if (!quiet) Console.Error.WriteLine(line);
    }

    /// <summary>Runs a command body; known failures become one error line and exit code 1.</summary>
    static int Run(Action body)
    {
        try { body(); return Cli.ExitOk; }
        catch (Exception e) when (e is ModelFileException or ConlluFormatException or FileNotFoundException or IOException or InvalidDataException or FormatException or UnauthorizedAccessException)
        {
            Output.Error(e.Message);
            return Cli.ExitInputFailed;
        }
    }

    internal static void Print(string format, Dictionary<string, double> metrics)
    {
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(metrics.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 4))));
            return;
        }
        foreach (var (k, v) in metrics)
            Console.WriteLine($"{k,-12} {(v == Math.Floor(v) && v > 1 ? v.ToString(CultureInfo.InvariantCulture) : v.ToString("F4", CultureInfo.InvariantCulture))}");
    }
}
