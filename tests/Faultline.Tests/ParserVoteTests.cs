using Faultline.Core;
using Faultline.Nlp;

namespace Faultline.Tests;

/// <summary>Parsers voting on each sentence (<see cref="ParserVote"/>): the spanning tree, the vote file, the shipped vote.</summary>
public class ParserVoteTests
{
    static string Models => Path.Combine(TestPaths.RepoRoot, "data", "models");

    /// <summary>The heads as a tree: every word reaches the root, and exactly one word hangs from it.</summary>
    static bool IsTreeWithOneRoot(int[] heads)
    {
        if (heads.Count(h => h < 0) != 1) return false;
        for (int i = 0; i < heads.Length; i++)
        {
            int v = i, steps = 0;
            while (v >= 0 && steps++ <= heads.Length) v = heads[v];
            if (v >= 0) return false;
        }
        return true;
    }

    [Fact]
    public void SpanningTreeIsTheBestOfAllTrees()
    {
        // against every head assignment of up to six words: the highest-scoring arborescence, cycles and all
        var random = new Random(7);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = 1 + trial % 6;
            var score = new double[n + 1, n + 1];
            for (int h = 0; h <= n; h++)
                for (int d = 1; d <= n; d++) score[h, d] = random.Next(0, 5) * 0.5; // small integers: many ties
            var tree = ParserVote.MaximumSpanningTree(score, n);
            double Total(int[] head) { double t = 0; for (int d = 1; d <= n; d++) t += score[head[d], d]; return t; }
            var heads = tree.Skip(1).Select(h => h - 1).ToArray();
            Assert.True(heads.Count(h => h < 0) >= 1 && Enumerable.Range(0, n).All(i => Reaches(heads, i)), $"trial {trial}: not a tree");
            double best = double.NegativeInfinity;
            var candidate = new int[n + 1];
            void Enumerate(int d)
            {
                if (d > n)
                {
                    var h0 = candidate.Skip(1).Select(h => h - 1).ToArray();
                    if (Enumerable.Range(0, n).All(i => Reaches(h0, i))) best = Math.Max(best, Total(candidate));
                    return;
                }
                for (int h = 0; h <= n; h++) { if (h == d) continue; candidate[d] = h; Enumerate(d + 1); }
            }
            Enumerate(1);
            Assert.Equal(best, Total(tree), 9);
        }

        static bool Reaches(int[] heads, int i)
        {
            int steps = 0;
            while (i >= 0 && steps++ <= heads.Length) i = heads[i];
            return i < 0;
        }
    }

    static Token[] Parse(params (int Head, string Label)[] arcs) =>
        arcs.Select(a => new Token { Head = a.Head, Deprel = a.Label }).ToArray();

    [Fact]
    public void TwoLighterVotersOutvoteTheHeaviestAndTheTreeHasOneRoot()
    {
        // "Police said militants attacked": the heavy voter hangs "militants" on "said" (obj), the two lighter ones on
        // "attacked" (nsubj); and each lighter voter makes a second root, which no tree may keep
        var heavy = Parse((1, "nsubj"), (-1, "root"), (1, "obj"), (1, "ccomp"));
        var light1 = Parse((1, "nsubj"), (-1, "root"), (3, "nsubj"), (-1, "root"));
        var light2 = Parse((1, "nsubj"), (-1, "root"), (3, "nsubj"), (1, "ccomp"));
        var heads = new int[4];
        var labels = new string[4];
        ParserVote.Combine([heavy, light1, light2], [1.0, 0.6, 0.5], heads, labels);
        Assert.Equal([1, -1, 3, 1], heads);
        Assert.Equal(["nsubj", "root", "nsubj", "ccomp"], labels);
        Assert.True(IsTreeWithOneRoot(heads));

        // where they disagree only on the label of a shared arc, the labels' weights decide
        ParserVote.Combine([heavy, Parse((1, "nsubj:pass"), (-1, "root"), (1, "obj"), (1, "ccomp")), Parse((1, "nsubj:pass"), (-1, "root"), (1, "obj"), (1, "ccomp"))],
            [1.0, 0.6, 0.5], heads, labels);
        Assert.Equal("nsubj:pass", labels[0]);
        ParserVote.Combine([heavy, Parse((1, "nsubj:pass"), (-1, "root"), (1, "obj"), (1, "ccomp")), heavy], [1.0, 0.6, 0.5], heads, labels);
        Assert.Equal("nsubj", labels[0]);
    }

    [Fact]
    public void VoteOfRealParsesIsATreeScoringAtLeastEachVoters()
    {
        // the greedy parser read greedily and with beams it was not trained for: three different parses of each sentence
        var greedy = DependencyParser.Load(Path.Combine(Models, "parser.model"));
        var tagger = PosTagger.Load(Path.Combine(Models, "pos.model"));
        var voters = new[] { (greedy, 1.0), (greedy.WithBeam(4), 0.6), (greedy.WithBeam(8), 0.5) };
        var vote = new ParserVote(voters.Select(v => new ParserVoter(v.Item1, null, v.Item2, "parser.model", null)).ToList());
        var sentences = Conllu.ReadFile(TestPaths.Fixture("ewt-dev-sample.conllu"));
        int changed = 0;
        foreach (var s in sentences)
        {
            var (text, tokens) = s.AsWritten();
            tagger.Tag(text, tokens, 0, tokens.Length);
            var parses = voters.Select(v => { var copy = tokens.ToArray(); v.Item1.Parse(text, copy, 0, copy.Length); return copy; }).ToList();
            vote.Parse(text, tokens, 0, tokens.Length);
            var heads = tokens.Select(t => t.Head).ToArray();
            Assert.True(IsTreeWithOneRoot(heads), string.Join(" ", s.Forms));
            double Score(int[] h) => voters.Select((v, k) => v.Item2 * h.Where((x, i) => parses[k][i].Head == x).Count()).Sum();
            foreach (var p in parses) Assert.True(Score(heads) >= Score(p.Select(t => t.Head).ToArray()) - 1e-9);
            if (!heads.SequenceEqual(parses[0].Select(t => t.Head))) changed++;
            // skipping the voters that cannot change the outcome changes nothing: the same tree as all voters combined
            var allHeads = new int[tokens.Length];
            var allLabels = new string[tokens.Length];
            ParserVote.Combine(parses, voters.Select(v => v.Item2).ToList(), allHeads, allLabels);
            Assert.Equal(allHeads, heads);
            Assert.Equal(allLabels, tokens.Select(t => t.Deprel!));
        }
        // where the two beams agree they outvote the greedy parse: some sentences change, not all
        Assert.InRange(changed, 1, sentences.Count - 1);

        // a voter heavier than all others together keeps its own parse
        var dominant = new ParserVote([new(greedy, null, 1.0, "parser.model", null), new(greedy.WithBeam(4), null, 0.45, "parser.model", null),
            new(greedy.WithBeam(8), null, 0.45, "parser.model", null)]);
        foreach (var s in sentences.Take(100))
        {
            var (text, tokens) = s.AsWritten();
            tagger.Tag(text, tokens, 0, tokens.Length);
            var alone = tokens.ToArray();
            greedy.Parse(text, alone, 0, alone.Length);
            dominant.Parse(text, tokens, 0, tokens.Length);
            Assert.Equal(alone.Select(t => (t.Head, t.Deprel)), tokens.Select(t => (t.Head, t.Deprel)));
        }
    }

    [Fact]
    public void VotersThatCannotChangeTheOutcomeAreNotNeeded()
    {
        // two voters of weight 1 agreeing on a one-root tree outweigh 0.6 + 0.5 still to come; one dissenting word does not
        var agreed = Parse((1, "nsubj"), (-1, "root"), (1, "obj"));
        var heads = new int[3];
        var labels = new string[3];
        Assert.True(ParserVote.Settled([agreed, agreed], [1, 1], 1.1, heads, labels));
        Assert.Equal([1, -1, 1], heads);
        Assert.Equal(["nsubj", "root", "obj"], labels);
        Assert.False(ParserVote.Settled([agreed, agreed], [1, 1], 2.0, heads, labels));
        Assert.False(ParserVote.Settled([agreed, Parse((1, "nsubj"), (-1, "root"), (0, "conj"))], [1, 1], 0.1, heads, labels));
        // a label the two disagree on is not settled either, nor are two roots
        Assert.False(ParserVote.Settled([agreed, Parse((1, "nsubj"), (-1, "root"), (1, "iobj"))], [1, 1], 0.1, heads, labels));
        var twoRoots = Parse((1, "nsubj"), (-1, "root"), (-1, "root"));
        Assert.False(ParserVote.Settled([twoRoots, twoRoots], [1, 1], 0.1, heads, labels));
    }

    [Fact]
    public void VoteFileNamesItsModelsBesideIt()
    {
        var dir = TestPaths.TempDir();
        foreach (var f in new[] { "parser.model", "pos.model" }) File.CreateSymbolicLink(Path.Combine(dir, f), Path.Combine(Models, f));
        var path = Path.Combine(dir, "vote.model");
        ParserVote.Save(path, [("parser.model", null, 1.0), ("parser.model", "pos.model", 0.5)]);
        var vote = Assert.IsType<ParserVote>(ParserVote.LoadParser(path));
        Assert.Equal([("parser.model", (string?)null, 1.0), ("parser.model", "pos.model", 0.5)],
            vote.Voters.Select(v => (v.ParserFile, v.TaggerFile, v.Weight)));
        Assert.NotNull(vote.Voters[1].Tagger);
        // the parser file is loaded once for both voters
        Assert.Same(vote.Voters[0].Parser, vote.Voters[1].Parser);
        // a plain parser file still loads as itself
        Assert.IsType<DependencyParser>(ParserVote.LoadParser(Path.Combine(dir, "parser.model")));

        // a voter's model missing: the error names the vote file and the model
        ParserVote.Save(path, [("parser.model", null, 1.0), ("parser-gone.model", null, 0.5)]);
        var missing = Assert.Throws<ModelFileException>(() => ParserVote.Load(path));
        Assert.Contains("vote.model", missing.Message);
        Assert.Contains("parser-gone.model", missing.Message);
        // a voter's tagger file that holds a parser
        ParserVote.Save(path, [("parser.model", "parser.model", 1.0)]);
        Assert.Contains("holds a parser model, expected pos", Assert.Throws<ModelFileException>(() => ParserVote.Load(path)).Message);
        // a truncated vote file
        ParserVote.Save(path, [("parser.model", null, 1.0), ("parser.model", "pos.model", 0.5)]);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^6]);
        Assert.Contains("corrupt parser-vote model file", Assert.Throws<ModelFileException>(() => ParserVote.LoadParser(path)).Message);
    }

    [Fact]
    public void ShippedVoteParsesWithThePipeline()
    {
        // data/models/parser-vote.model: two beam parsers on the pipeline's tags, the first also on the default tagger's, and the
        // greedy parser on both
        var vote = Assert.IsType<ParserVote>(ParserVote.LoadParser(Path.Combine(Models, NlpPipeline.VotingParser)));
        Assert.Equal(["parser-beam.model", "parser-beam-seed2.model", "parser-beam.model", "parser.model", "parser.model"], vote.Voters.Select(v => v.ParserFile));
        Assert.Equal([null, null, "pos.model", null, "pos.model"], vote.Voters.Select(v => v.TaggerFile));
        Assert.True(vote.Voters.Select(v => v.Weight).SequenceEqual(vote.Voters.Select(v => v.Weight).OrderDescending()), "heaviest first");

        var nlp = NlpPipeline.Load(Models, NlpPipeline.AccurateTagger, NlpPipeline.VotingParser);
        var doc = nlp.Process("A suicide bomber killed at least 31 people at a mosque in Peshawar, police said.");
        var t = doc.Tokens;
        string Word(int i) => doc.Text[t[i].Start..t[i].End];
        int killed = Array.FindIndex(t, x => doc.Text[x.Start..x.End] == "killed");
        int bomber = Array.FindIndex(t, x => doc.Text[x.Start..x.End] == "bomber");
        Assert.Equal("ccomp", t[killed].Deprel);
        Assert.Equal(("nsubj", killed), (t[bomber].Deprel, t[bomber].Head));
        Assert.Equal("said", Word(Array.FindIndex(t, x => x.Head == -1)));
        Assert.True(IsTreeWithOneRoot(t.Select(x => x.Head).ToArray()));
    }
}
