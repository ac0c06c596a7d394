using System.Diagnostics;
using System.Text.Json;

namespace Faultline.Tests;

/// <summary>End to end: the real `faultline` executable, as a user or a script runs it.</summary>
public class CliTests
{
    static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "faultline.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(120_000), "faultline did not finish");
        return (p.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void TrainAveragesSeveralSeedsIntoOneModel()
    {
        var dir = TestPaths.TempDir();
        var sample = TestPaths.Fixture("ewt-dev-sample.conllu");
        var model = Path.Combine(dir, "pos.model");
        var (code, _, error) = Run("", "train", "pos", "--train", sample, "--epochs", "3", "--average", "2", "--out", model);
        Assert.True(code == 0, error);
        Assert.Contains("mean of 2 taggers", error);
        var (upos, _, _) = Faultline.Nlp.PosTagger.Load(model).Evaluate(Faultline.Nlp.Conllu.ReadFile(sample));
        Assert.True(upos > 0.85, $"UPOS {upos:P1} on its own training sentences");

        (code, _, error) = Run("", "train", "pos", "--train", sample, "--average", "0", "--out", model);
        Assert.Equal(1, code);
        Assert.Contains("--average must be at least 1", error);
    }

    [Fact]
    public void SentenceSplitterRefitsOnTrainAndDevWithTheThresholdTunedOnDev()
    {
        var dir = TestPaths.TempDir();
        var blocks = File.ReadAllText(TestPaths.Fixture("ewt-dev-sample.conllu")).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        string train = Path.Combine(dir, "train.conllu"), dev = Path.Combine(dir, "dev.conllu"), model = Path.Combine(dir, "sentences.model");
        File.WriteAllText(train, string.Join("\n\n", blocks[..300]) + "\n\n");
        File.WriteAllText(dev, string.Join("\n\n", blocks[300..]) + "\n\n");

        var (code, _, error) = Run("", "train", "sentences", "--train", train, "--dev", dev, "--refit", "--epochs", "4", "--out", model);
        Assert.True(code == 0, error);
        var tuned = System.Text.RegularExpressions.Regex.Match(error, @"dev sentence F1 [0-9.]+ at bias (-?[0-9.]+)");
        Assert.True(tuned.Success, error);
        Assert.Matches($@"refitting on \d+ training and \d+ dev documents with bias {System.Text.RegularExpressions.Regex.Escape(tuned.Groups[1].Value)}\n", error);
        var refitted = Faultline.Nlp.SentenceSplitter.Load(model);
        Assert.Equal(float.Parse(tuned.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), refitted.Bias);
        // the dev sentences were seen in the refit: it splits them better than a model trained without them
        var devSentences = Faultline.Nlp.Conllu.ReadFile(dev);
        (code, _, error) = Run("", "train", "sentences", "--train", train, "--epochs", "4", "--out", Path.Combine(dir, "plain.model"));
        Assert.True(code == 0, error);
        var plain = Faultline.Nlp.SentenceSplitter.Load(Path.Combine(dir, "plain.model")).WithBias(refitted.Bias);
        Assert.True(Faultline.Nlp.TreebankEval.Sentences(devSentences, refitted).F1 > Faultline.Nlp.TreebankEval.Sentences(devSentences, plain).F1);

        (code, _, error) = Run("", "train", "sentences", "--train", train, "--refit", "--out", model);
        Assert.Equal(2, code);
        Assert.Contains("--refit needs --dev", error);
    }

    [Fact]
    public void ParserRefitsOnTrainAndDevTogether()
    {
        var dir = TestPaths.TempDir();
        var blocks = File.ReadAllText(TestPaths.Fixture("ewt-dev-sample.conllu")).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        string train = Path.Combine(dir, "train.conllu"), dev = Path.Combine(dir, "dev.conllu");
        File.WriteAllText(train, string.Join("\n\n", blocks[..300]) + "\n\n");
        File.WriteAllText(dev, string.Join("\n\n", blocks[300..]) + "\n\n");
        double DevUas(string model)
        {
            var (code, output, error) = Run("", "eval", "parser", "--test", dev, "--format", "json", "--parser", model);
            Assert.True(code == 0, error);
            return JsonDocument.Parse(output).RootElement.GetProperty("uas").GetDouble();
        }

        string[] common = ["train", "parser", "--train", train, "--epochs", "4", "--jackknife", "2", "--prune", "0"];
        string refitted = Path.Combine(dir, "refit.model"), plain = Path.Combine(dir, "plain.model");
        var (exit, _, err) = Run("", [.. common, "--dev", dev, "--refit", "--out", refitted]);
        Assert.True(exit == 0, err);
        // no dev score picks an epoch: the last one is kept
        Assert.Contains("mean of 1 parsers, epochs 4;", err);
        (exit, _, err) = Run("", [.. common, "--out", plain]);
        Assert.True(exit == 0, err);
        // the dev sentences were in the refit's training set: it parses them better than a parser that never saw them
        double seen = DevUas(refitted), unseen = DevUas(plain);
        Assert.True(seen > unseen + 0.02, $"refitted UAS {seen:F4} against {unseen:F4}");

        (exit, _, err) = Run("", [.. common, "--refit", "--out", refitted]);
        Assert.Equal(2, exit);
        Assert.Contains("--refit needs --dev", err);
    }

    /// <summary>Empty name lists (the recogniser learns from the sentences alone) and a GMB-format corpus: "&lt;person&gt; met
    /// officials in &lt;place&gt; on &lt;day&gt; ." in many combinations.</summary>
    static (string Corpus, string Names) TinyNerCorpus(string dir)
    {
        var names = Path.Combine(dir, "names");
        Directory.CreateDirectory(Path.Combine(names, "gazetteer-geonames"));
        Directory.CreateDirectory(Path.Combine(names, "actors-petrarch2"));
        foreach (var f in new[] { "countryInfo.tsv", "admin1CodesASCII.txt", "cities15000.txt" }) File.WriteAllText(Path.Combine(names, "gazetteer-geonames", f), "");
        foreach (var f in new[] { "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt" }) File.WriteAllText(Path.Combine(names, "actors-petrarch2", f), "");
        string[] persons = ["Ahmed Khan", "Maria Lopez", "John Smith", "Li Wei", "Olga Ivanova", "Samuel Okafor"];
        string[] places = ["Kabul", "Lagos", "Lima", "Hanoi", "Quetta", "Minsk", "Tunis"];
        string[] days = ["Monday", "Tuesday", "Friday"];
        var csv = new System.Text.StringBuilder("Sentence #,Word,POS,Tag\n");
        int n = 0;
        foreach (var person in persons)
            foreach (var place in places)
            {
                var rows = new List<(string Word, string Pos, string Tag)>();
                var parts = person.Split(' ');
                rows.Add((parts[0], "NNP", "B-per"));
                rows.Add((parts[1], "NNP", "I-per"));
                rows.AddRange([("met", "VBD", "O"), ("officials", "NNS", "O"), ("in", "IN", "O"), (place, "NNP", "B-geo"), ("on", "IN", "O"),
                    (days[n % days.Length], "NNP", "B-tim"), (".", ".", "O")]);
                for (int i = 0; i < rows.Count; i++) csv.Append(i == 0 ? $"Sentence: {++n}" : "").Append($",{rows[i].Word},{rows[i].Pos},{rows[i].Tag}\n");
            }
        var corpus = Path.Combine(dir, "ner.csv");
        File.WriteAllText(corpus, csv.ToString());
        return (corpus, names);
    }

    [Fact]
    public void RecogniserRefitsOnTheWholeTrainingPart()
    {
        var dir = TestPaths.TempDir();
        var (corpus, names) = TinyNerCorpus(dir);

        string refitted = Path.Combine(dir, "refit.model"), plain = Path.Combine(dir, "plain.model");
        var (exit, _, err) = Run("", "train", "ner", "--train", corpus, "--names", names, "--epochs", "3", "--out", plain);
        Assert.True(exit == 0, err);
        Assert.Contains("dev F1", err);
        (exit, _, err) = Run("", "train", "ner", "--train", corpus, "--names", names, "--epochs", "3", "--refit", "--out", refitted);
        Assert.True(exit == 0, err);
        // no tail of the training part is held out to pick the epochs: each pass trains the epochs asked for
        Assert.DoesNotContain("dev F1", err);
        Assert.Contains("second-pass epochs 3;", err);
        var model = Faultline.Nlp.EntityRecognizer.Load(refitted);
        var tagger = Faultline.Nlp.PosTagger.Load(Path.Combine(TestPaths.RepoRoot, "data", "models", "pos.model"));
        var found = model.RecogniseWords(["Olga", "Ivanova", "met", "officials", "in", "Lima", "on", "Friday", "."], tagger);
        Assert.Contains((0, 2, "PERSON"), found);
        Assert.Contains((7, 8, "DATE"), found);
        Assert.NotEqual(File.ReadAllBytes(plain), File.ReadAllBytes(refitted));

        // one recogniser pruned: fewer weights, the same names found
        var pruned = Path.Combine(dir, "pruned.model");
        (exit, _, err) = Run("", "train", "average", plain, "--prune", "0.5", "--out", pruned);
        Assert.True(exit == 0, err);
        var weights = int.Parse(System.Text.RegularExpressions.Regex.Match(err, @"one recogniser \(([\d,]+) weights\)").Groups[1].Value.Replace(",", ""));
        Assert.InRange(weights, 1, Faultline.Nlp.EntityRecognizer.Load(plain).WeightCount - 1);
        found = Faultline.Nlp.EntityRecognizer.Load(pruned).RecogniseWords(["Olga", "Ivanova", "met", "officials", "in", "Lima", "on", "Friday", "."], tagger);
        Assert.Contains((0, 2, "PERSON"), found);

        // eval ner on the tail that picks the epochs, with each sentence read wrongly listed
        var models = Path.Combine(dir, "models");
        Directory.CreateDirectory(models);
        File.Copy(Path.Combine(TestPaths.RepoRoot, "data", "models", "pos.model"), Path.Combine(models, "pos.model"));
        File.Copy(plain, Path.Combine(models, "ner.model"));
        var errors = Path.Combine(dir, "errors.txt");
        var (code, output, error) = Run("", "eval", "ner", "--test", corpus, "--models", models, "--split", "dev", "--errors", errors, "--format", "json");
        Assert.True(code == 0, error);
        var result = JsonDocument.Parse(output).RootElement;
        // 42 sentences: 38 in the training part, whose tail twentieth (one sentence, three names) is dev
        Assert.Equal(3, result.GetProperty("gold").GetInt32());
        var listed = File.ReadAllLines(errors);
        Assert.All(listed, line => Assert.Matches(@"^(# \d+: |[-+] (PERSON|ORG|GPE|LOC|NORP|DATE|EVENT) )", line));
        Assert.Equal(result.GetProperty("f1").GetDouble() == 1.0, listed.Length == 0);
        // the whole training part: all its names scored, most of them found by the model that learned them
        (code, output, error) = Run("", "eval", "ner", "--test", corpus, "--models", models, "--split", "train", "--format", "json");
        Assert.True(code == 0, error);
        var fit = JsonDocument.Parse(output).RootElement;
        var (trainPart, _) = Faultline.Nlp.GmbCorpus.SplitByPosition(Faultline.Nlp.GmbCorpus.Read(corpus));
        Assert.Equal(trainPart.Sum(x => x.Entities.Length), fit.GetProperty("gold").GetInt32());
        Assert.True(fit.GetProperty("f1").GetDouble() > 0.8, output);
        (code, _, error) = Run("", "eval", "ner", "--test", corpus, "--models", models, "--split", "all");
        Assert.NotEqual(0, code);
        Assert.Contains("all", error);
    }

    [Fact]
    public void RecogniserTrainsAndReadsWithABeam()
    {
        var dir = TestPaths.TempDir();
        var (corpus, names) = TinyNerCorpus(dir);
        string beamed = Path.Combine(dir, "beam.model"), greedy = Path.Combine(dir, "greedy.model"), pruned = Path.Combine(dir, "pruned.model");
        var (exit, _, err) = Run("", "train", "ner", "--train", corpus, "--names", names, "--epochs", "3", "--beam", "0", "--out", beamed);
        Assert.NotEqual(0, exit);
        Assert.Contains("--beam must be between 1 and 64", err);
        Assert.False(File.Exists(beamed));
        (exit, _, err) = Run("", "train", "ner", "--train", corpus, "--names", names, "--epochs", "3", "--beam", "4", "--out", beamed);
        Assert.True(exit == 0, err);
        (exit, _, err) = Run("", "train", "ner", "--train", corpus, "--names", names, "--epochs", "3", "--out", greedy);
        Assert.True(exit == 0, err);
        // the width is the model's own, kept through pruning; a model trained without one reads greedily
        var model = Faultline.Nlp.EntityRecognizer.Load(beamed);
        Assert.Equal(4, model.BeamWidth);
        Assert.Equal(1, Faultline.Nlp.EntityRecognizer.Load(greedy).BeamWidth);
        Assert.NotEqual(File.ReadAllBytes(greedy), File.ReadAllBytes(beamed));
        (exit, _, err) = Run("", "train", "average", beamed, "--prune", "0.5", "--out", pruned);
        Assert.True(exit == 0, err);
        Assert.Equal(4, Faultline.Nlp.EntityRecognizer.Load(pruned).BeamWidth);
        var tagger = Faultline.Nlp.PosTagger.Load(Path.Combine(TestPaths.RepoRoot, "data", "models", "pos.model"));
        // the beam reads the names where the greedy recogniser does
        var found = model.RecogniseWords(["Samuel", "Okafor", "met", "officials", "in", "Quetta", "on", "Monday", "."], tagger);
        Assert.Contains((0, 2, "PERSON"), found);
        Assert.Contains((7, 8, "DATE"), found);
        Assert.Contains(found, f => f.Start == 5 && f.End == 6 && f.Type is "GPE" or "LOC");
    }

    [Fact]
    public void CodeDropsASitesRepeatedLinesInInputOrderEveryRun()
    {
        // a site's line is boilerplate from its fourth page on, counted in input order; pages are read in parallel and
        // the first page, long, used to finish after the others and lose the line (its text, and so its article id,
        // changed from run to run)
        var dir = TestPaths.TempDir();
        const string line = "Readers can reach the newsroom at desk@example.org.";
        var body = Enumerable.Range(0, 800).Select(i => $"Officials in Peshawar said {i} people were hurt when a roof collapsed in the old city on Monday, and rescue teams were still searching the rubble late in the evening.").ToList();
        body.Insert(400, line);
        File.WriteAllText(Path.Combine(dir, "a0.txt"), string.Join("\n\n", body));
        for (int k = 1; k < 8; k++)
            File.WriteAllText(Path.Combine(dir, $"a{k}.txt"), $"Police in Quetta arrested {k} suspects on Tuesday after a raid on a house in the city's east, officials said.\n\n{line}\n\nThe suspects were taken to a police station for questioning.");
        for (int run = 0; run < 2; run++)
        {
            var (code, output, error) = Run("", "code", dir, "--format", "json");
            Assert.True(code == 0, error);
            var kept = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article"))
                .Select(a => (File: Path.GetFileName(a.GetProperty("source").GetString()!), Line: a.GetProperty("text").GetString()!.Contains(line)));
            Assert.Equal([("a0.txt", true), ("a1.txt", true), ("a2.txt", true), ("a3.txt", false), ("a4.txt", false), ("a5.txt", false),
                ("a6.txt", false), ("a7.txt", false)], kept);
        }
    }

    [Fact]
    public void CodeAndEvalEventsTakeAModelDirectory()
    {
        const string text = "Pakistani troops killed five militants in North Waziristan on Monday.";
        var (code, output, error) = Run(text, "code", "-", "--plain", "--date", "2026-11-20", "--format", "csv", "--models", Path.Combine(TestPaths.RepoRoot, "data", "models"));
        Assert.True(code == 0, error);
        Assert.Contains(",PAKMIL,", output);

        var dir = TestPaths.TempDir();
        (code, output, error) = Run(text, "code", "-", "--plain", "--models", Path.Combine(dir, "missing"));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("model directory not found", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));

        foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "data", "models"), "*.model")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        File.WriteAllBytes(Path.Combine(dir, "parser.model"), File.ReadAllBytes(Path.Combine(dir, "parser.model"))[..1000]);
        var gold = Path.Combine(dir, "codebook.csv");
        File.WriteAllText(gold, "code,example\n190,Pakistani troops attacked militants.\n");
        (code, _, error) = Run("", "eval", "events", "--gold", gold, "--models", dir);
        Assert.Equal(2, code);
        Assert.Contains("corrupt parser model file", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void CodebookMissesAreWritten()
    {
        // --misses lists the codebook examples whose CAMEO root was wrong or missing, one per line after a header
        var dir = TestPaths.TempDir();
        var gold = Path.Combine(dir, "codebook.csv");
        File.WriteAllText(gold, "code,example\n190,Pakistani troops attacked militants in North Waziristan.\n"
            + "043,The weather in Lahore was mild and sunny all week long.\n");
        var misses = Path.Combine(dir, "misses.tsv");
        var (code, output, error) = Run("", "eval", "events", "--gold", gold, "--format", "json", "--misses", misses);
        Assert.True(code == 0, error);
        Assert.Contains("\"root_accuracy\":0.5", output);
        var lines = File.ReadAllLines(misses);
        Assert.Equal("gold\tours\tcameo\trule\tsentence", lines[0]);
        Assert.Equal("043\t-\t-\t-\tThe weather in Lahore was mild and sunny all week long.", Assert.Single(lines[1..]));
    }

    [Fact]
    public void TheAccurateTaggerIsOneOptionAway()
    {
        // the tagger that also reads right to left ships beside the default one; --tagger names it in the model directory.
        // What follows a word tells what it is: "vowed" (to retaliate) is the conjoined finite verb, "Wang" (Yi) a name.
        const string text = "Pakistan said 31 civilians were killed and vowed to retaliate. He spoke with his Chinese counterpart Wang Yi.";
        var (code, output, error) = Run(text, "nlp", "-", "--tagger", "pos-bidirectional.model");
        Assert.True(code == 0, error);
        var xpos = output.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split('\t')).GroupBy(r => r[1]).ToDictionary(g => g.Key, g => g.First()[4]);
        Assert.Equal("VBD", xpos["vowed"]);
        Assert.Equal("NNP", xpos["Wang"]);

        var fixture = TestPaths.Fixture("ewt-dev-sample.conllu");
        (code, output, error) = Run("", "eval", "pos", "--test", fixture, "--format", "json", "--tagger", "pos-bidirectional.model");
        Assert.True(code == 0, error);
        Assert.True(JsonDocument.Parse(output).RootElement.GetProperty("upos").GetDouble() > 0.9, output);

        (code, output, error) = Run(text, "code", "-", "--plain", "--tagger", "missing.model");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("missing.model", line);
    }

    /// <summary>UAS of `eval parser` on the EWT dev sample, with the given options.</summary>
    static double Uas(params string[] extra)
    {
        var (code, output, error) = Run("", ["eval", "parser", "--test", TestPaths.Fixture("ewt-dev-sample.conllu"), "--format", "json", .. extra]);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("uas").GetDouble();
    }

    [Fact]
    public void TheBeamParserIsOneOptionAway()
    {
        // the parser that keeps a beam of partial parses ships beside the greedy one; --parser names it in the model directory
        double greedy = Uas(), beam = Uas("--parser", "parser-beam.model");
        Assert.True(beam > greedy + 0.005, $"beam parser UAS {beam:F4} against the greedy one's {greedy:F4}");
        // its weights score whole transition sequences: read one transition at a time (--beam 1) they do worse
        Assert.True(Uas("--parser", "parser-beam.model", "--beam", "1") < beam);

        const string text = "A suicide bomber killed at least 31 people at a mosque in Peshawar, police said.";
        var (exit, conllu, err) = Run(text, "nlp", "-", "--parser", "parser-beam.model");
        Assert.True(exit == 0, err);
        var rows = conllu.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split('\t')).GroupBy(r => r[1]).ToDictionary(g => g.Key, g => g.First());
        Assert.Equal("ccomp", rows["killed"][7]);
        Assert.Equal("nsubj", rows["bomber"][7]);
        Assert.Equal(rows["killed"][0], rows["bomber"][6]);

        (exit, conllu, err) = Run(text, "nlp", "-", "--parser", "missing.model");
        Assert.Equal(1, exit);
        Assert.Equal("", conllu);
        Assert.Contains("missing.model", Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void TrainAverageWritesTheMeanOfParsersOrOneParserPruned()
    {
        var dir = TestPaths.TempDir();
        var shipped = Path.Combine(AppContext.BaseDirectory, "data", "models", "parser.model");
        var original = Faultline.Nlp.DependencyParser.Load(shipped);
        var pruned = Path.Combine(dir, "pruned.model");
        var (code, _, error) = Run("", "train", "average", shipped, "--prune", "3", "--out", pruned);
        Assert.True(code == 0, error);
        Assert.Contains("one parser", error);
        var smaller = Faultline.Nlp.DependencyParser.Load(pruned);
        Assert.InRange(smaller.WeightCount, 1, original.WeightCount - 1);
        // the mean of a parser and itself is that parser
        var mean = Path.Combine(dir, "mean.model");
        (code, _, error) = Run("", "train", "average", shipped, shipped, "--out", mean);
        Assert.True(code == 0, error);
        Assert.Contains("mean of 2 parsers", error);
        Assert.Equal(original.WeightCount, Faultline.Nlp.DependencyParser.Load(mean).WeightCount);
    }

    [Fact]
    public void TheParserVoteIsOneOptionAway()
    {
        // parser-vote.model: two beam parsers and the greedy one, on the pipeline's tags and on the default tagger's, voting
        var fixture = TestPaths.Fixture("ewt-dev-sample.conllu");
        foreach (var tagger in new[] { "pos.model", "pos-bidirectional.model" })
        {
            double vote = Uas("--tagger", tagger, "--parser", "parser-vote.model");
            // better than any of its voters alone
            foreach (var parser in new[] { "parser.model", "parser-beam.model", "parser-beam-seed2.model" })
            {
                double single = Uas("--tagger", tagger, "--parser", parser);
                Assert.True(vote > single + 0.003, $"{tagger}: vote UAS {vote:F4} against {parser}'s {single:F4}");
            }
        }

        var (exit, output2, err) = Run("", "eval", "parser", "--test", fixture, "--parser", "parser-vote.model", "--beam", "4");
        Assert.Equal(1, exit);
        Assert.Equal("", output2);
        Assert.Contains("--beam applies to one parser model", Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries)));

        // writing a vote: voters by file name beside the vote file, with positive weights
        var dir = TestPaths.TempDir();
        var path = Path.Combine(dir, "vote.model");
        (exit, _, err) = Run("", "train", "vote", "parser.model=1", "parser.model@pos.model=0.5", "--out", path);
        Assert.Equal(1, exit);
        Assert.Contains("parser.model is not in", err);
        foreach (var f in new[] { "parser.model", "pos.model" }) File.Copy(Path.Combine(AppContext.BaseDirectory, "data", "models", f), Path.Combine(dir, f));
        (exit, _, err) = Run("", "train", "vote", "parser.model=1", "parser.model@pos.model=-2", "--out", path);
        Assert.Equal(1, exit);
        Assert.Contains("positive weight", err);
        (exit, _, err) = Run("", "train", "vote", "parser.model=1", "parser.model@pos.model=0.5", "--out", path);
        Assert.True(exit == 0, err);
        Assert.Contains("vote of 2 parsers", err);
        // a vote whose tagger is no tagger fails to load, and the vote already written stays as it was
        var before = File.ReadAllBytes(path);
        (exit, _, err) = Run("", "train", "vote", "parser.model=1", "parser.model@parser.model=0.5", "--out", path);
        Assert.Equal(1, exit);
        Assert.Contains("holds a parser model, expected pos", err);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["parser.model", "pos.model", "vote.model"], Directory.GetFiles(dir).Select(Path.GetFileName).Order());
        const string text = "Police said militants attacked a checkpoint.";
        var (_, alone, _) = Run(text, "nlp", "-");
        (exit, var voted, err) = Run(text, "nlp", "-", "--parser", path);
        Assert.True(exit == 0, err);
        // one parser voting with itself on the same tags parses as it does alone
        Assert.Equal(alone, voted);
    }

    [Fact]
    public void ExtractPrintsOneJsonObjectPerInputAndOneErrorLinePerBadInput()
    {
        var dir = TestPaths.TempDir();
        var page = Directory.GetFiles(Path.Combine(TestPaths.Samples, "html")).Order().First(f => Path.GetFileName(f).StartsWith("20"));
        File.WriteAllBytes(Path.Combine(dir, "junk.html"), [0, 1, 2, 3, 255, 0, 7]);
        var (code, output, error) = Run("", "extract", page, Path.Combine(dir, "junk.html"), Path.Combine(dir, "missing.html"));
        Assert.Equal(1, code);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var json = JsonDocument.Parse(line).RootElement;
        foreach (var field in new[] { "source", "title", "published", "byline", "section", "language", "text" })
            Assert.True(json.TryGetProperty(field, out _), field);
        Assert.Matches(@"^\d{4}-\d\d-\d\d$", json.GetProperty("published").GetString());
        Assert.Equal(2, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("junk.html: binary data", error);
        Assert.Contains("missing.html: no such file", error);
    }

    [Fact]
    public void ExtractReadsStandardInput()
    {
        var html = "<html><head><title>Stdin story</title></head><body><article><p>Officials confirmed on Monday that the talks would resume in Geneva next week, with both delegations attending.</p></article></body></html>";
        var (code, output, _) = Run(html, "extract", "-", "--format", "text");
        Assert.Equal(0, code);
        Assert.Contains("# Stdin story", output);
        Assert.Contains("talks would resume in Geneva", output);
    }

    [Fact]
    public void IngestThenSearchThenIngestAgainChangesNothing()
    {
        var db = Path.Combine(TestPaths.TempDir(), "f.db");
        var (code, _, err) = Run("", ["ingest", .. TestPaths.SampleCorpus, "--db", db, "--no-fetch"]);
        Assert.Equal(0, code);
        Assert.Contains("0 failed", err);
        Assert.Matches(@"\d+ new articles, 2 new sources", err); // the syndicated copies in the WARC
        var (code2, _, err2) = Run("", ["ingest", .. TestPaths.SampleCorpus, "--db", db, "--no-fetch"]);
        Assert.Equal(0, code2);
        Assert.Contains(" 0 new articles, 0 new sources", err2);
        var (code3, output, _) = Run("", "search", "election", "--db", db, "--format", "json");
        Assert.Equal(0, code3);
        Assert.NotEmpty(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("[election]", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void IngestDatesUndatedArticlesWithDate()
    {
        // plain text carries no date: --date gives it one, from which "on Tuesday" is dated and the dyad's series is drawn
        var dir = TestPaths.TempDir();
        File.WriteAllText(Path.Combine(dir, "story.txt"), "Pakistani jets struck TTP hideouts in Khost province on Tuesday, killing at least 10 militants, "
            + "Afghan officials said. The Taliban government condemned the strikes and summoned Pakistan's envoy in Kabul.\n");
        var db = Path.Combine(dir, "f.db");
        var (code, _, err) = Run("", ["ingest", dir, "--db", db, "--date", "2025-10-16"]);
        Assert.Equal(0, code);
        Assert.Contains("1 new articles", err);
        var (code2, output, _) = Run("", "events", "--db", db, "--format", "json");
        Assert.Equal(0, code2);
        var dates = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("date").GetString()).ToList();
        Assert.Contains("2025-10-14", dates); // the strike, on the Tuesday before
        Assert.All(dates, d => Assert.NotNull(d));
        var (code3, _, err3) = Run("", "dyad", "PAK", "AFG", "--db", db);
        Assert.Equal(0, code3);
        Assert.DoesNotContain("undated", err3);
        // a date that is no date is refused
        var (code4, _, err4) = Run("", ["ingest", dir, "--db", db, "--date", "2025-13-01"]);
        Assert.Equal(2, code4);
        Assert.Contains("--date must be YYYY-MM-DD", err4);
    }

    [Fact]
    public void UsageErrorsAreClear()
    {
        var (code, _, err) = Run("", "extract", "x.html", "--format", "yaml");
        Assert.NotEqual(0, code);
        Assert.Contains("yaml", err);
        var (code2, _, err2) = Run("", "search", "anything", "--db", Path.Combine(TestPaths.TempDir(), "none.db"));
        Assert.Equal(2, code2);
        Assert.Contains("no store at", err2);
    }

    [Fact]
    public void EvalPrintsOneJsonObjectOfTheStandardMetrics()
    {
        var sample = TestPaths.Fixture("ewt-dev-sample.conllu");
        var (code, output, _) = Run("", "eval", "pos", "--test", sample, "--format", "json");
        Assert.Equal(0, code);
        var pos = JsonDocument.Parse(output).RootElement;
        Assert.InRange(pos.GetProperty("upos").GetDouble(), 0.90, 1.0);
        Assert.InRange(pos.GetProperty("xpos").GetDouble(), 0.88, 1.0);

        (code, output, _) = Run("", "eval", "parser", "--test", sample, "--format", "json");
        Assert.Equal(0, code);
        var parser = JsonDocument.Parse(output).RootElement;
        Assert.InRange(parser.GetProperty("uas").GetDouble(), 0.75, 1.0);
        Assert.InRange(parser.GetProperty("las").GetDouble(), 0.70, parser.GetProperty("uas").GetDouble());

        (code, output, _) = Run("", "eval", "tokenizer", "--test", sample, "--format", "json");
        Assert.InRange(JsonDocument.Parse(output).RootElement.GetProperty("token_f1").GetDouble(), 0.97, 1.0);
        (code, output, _) = Run("", "eval", "sentences", "--test", sample, "--format", "json");
        Assert.InRange(JsonDocument.Parse(output).RootElement.GetProperty("sentence_f1").GetDouble(), 0.80, 1.0);
    }

    [Fact]
    public void EvalPosAndSentencesOnGmbScoreItsTestSplit()
    {
        // twenty sentences in the GMB extract's format: the last tenth (two) is the test split
        var rows = new List<string> { "Sentence #,Word,POS,Tag" };
        for (int k = 1; k <= 20; k++)
        {
            var words = k % 2 == 0
                ? new[] { ("Pakistani", "JJ"), ("troops", "NNS"), ("attacked", "VBD"), ("militants", "NNS"), ("in", "IN"), ("Khyber", "NNP"), (".", ".") }
                : new[] { ("The", "DT"), ("minister", "NN"), ("said", "VBD"), ("talks", "NNS"), ("would", "MD"), ("resume", "VB"), (".", ".") };
            for (int i = 0; i < words.Length; i++) rows.Add($"{(i == 0 ? $"Sentence: {k}" : "")},{words[i].Item1},{words[i].Item2},O");
        }
        var csv = Path.Combine(TestPaths.TempDir(), "ner_dataset.csv");
        File.WriteAllLines(csv, rows);
        var (code, output, _) = Run("", "eval", "pos", "--test", csv, "--format", "json");
        Assert.Equal(0, code);
        var result = JsonDocument.Parse(output).RootElement;
        Assert.Equal(14, result.GetProperty("tokens").GetInt32());
        Assert.InRange(result.GetProperty("xpos_agreement").GetDouble(), 0.85, 1.0);

        // the same split's sentences, written back as one line of running text, for the sentence splitter
        (code, output, _) = Run("", "eval", "sentences", "--test", csv, "--format", "json");
        Assert.Equal(0, code);
        result = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, result.GetProperty("gold").GetInt32());
        Assert.Equal(1.0, result.GetProperty("sentence_f1").GetDouble());
    }

    [Fact]
    public void EvalAndNlpReportBadInputOnOneLine()
    {
        var dir = TestPaths.TempDir();
        var (code, output, error) = Run("", "eval", "pos", "--test", Path.Combine(dir, "missing.conllu"));
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("treebank file not found", error);

        File.WriteAllText(Path.Combine(dir, "bad.conllu"), "1\tword\n");
        (code, _, error) = Run("", "eval", "parser", "--test", Path.Combine(dir, "bad.conllu"));
        Assert.Equal(1, code);
        Assert.Contains("bad.conllu:1: expected 10 tab-separated columns", error);

        (code, _, error) = Run("x", "nlp", "-", "--date", "24/12/2024");
        Assert.Equal(1, code);
        Assert.Contains("--date must be YYYY-MM-DD", error);

        // an empty treebank or corpus is an error, not a NaN score nor a crash in training
        File.WriteAllText(Path.Combine(dir, "empty.conllu"), "");
        (code, output, error) = Run("", "eval", "pos", "--test", Path.Combine(dir, "empty.conllu"));
        Assert.Equal((1, ""), (code, output));
        Assert.Contains("empty.conllu: no sentences in the file", error);
        (code, _, error) = Run("", "train", "pos", "--train", Path.Combine(dir, "empty.conllu"), "--out", Path.Combine(dir, "pos.model"));
        Assert.Equal(1, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists(Path.Combine(dir, "pos.model")));
        File.WriteAllText(Path.Combine(dir, "ner.csv"), "Sentence #,Word,POS,Tag\nSentence: 1,Talks,NNS,O\nSentence: 2,resumed,VBD,O\n");
        (code, output, error) = Run("", "eval", "ner", "--test", Path.Combine(dir, "ner.csv"));
        Assert.Equal((1, ""), (code, output));
        Assert.Contains("its test split has no sentences (the file has 2", error);
    }

    [Fact]
    public void NlpPrintsConlluWithEntitiesTimesAndQuantities()
    {
        var (code, output, _) = Run("Pakistani troops killed at least 30 militants in Afghanistan on Tuesday.", "nlp", "-", "--date", "2024-12-24");
        Assert.Equal(0, code);
        var rows = output.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split('\t')).ToList();
        Assert.All(rows, r => Assert.Equal(10, r.Length));
        Assert.Contains(rows, r => r[1] == "killed" && r[7] == "root");
        Assert.Contains(rows, r => r[1] == "Afghanistan" && r[9].Contains("NER=B-GPE"));
        Assert.Contains("# time = Tuesday → 2024-12-24 (day)", output);
        Assert.Contains("# quantity = at least 30 militants → ≥30 militant", output);
    }
}
