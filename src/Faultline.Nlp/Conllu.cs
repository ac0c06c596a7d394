using System.Text;

namespace Faultline.Nlp;

/// <summary>A CoNLL-U file is malformed; the message names the file and line.</summary>
public sealed class ConlluFormatException(string file, int line, string message)
    : Exception($"{file}:{line}: {message}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}

/// <summary>One treebank sentence: syntactic words (multi-word tokens expanded), 0-based heads (-1 = root).</summary>
public sealed class TreebankSentence
{
    public required string[] Forms { get; init; }
    public required string[] Lemmas { get; init; }
    public required string[] Upos { get; init; }
    public required string[] Xpos { get; init; }
    public required int[] Heads { get; init; }
    public required string[] Deprels { get; init; }
    /// <summary>False where the word is glued to the next one (SpaceAfter=No).</summary>
    public required bool[] SpaceAfter { get; init; }
    /// <summary>Multi-word tokens as (first word, last word, surface form), e.g. don't = do + n't.</summary>
    public required (int First, int Last, string Surface)[] MultiWord { get; init; }
    public string? Text { get; init; }
    public bool NewDocument { get; init; }
    public bool NewParagraph { get; init; }
    public int Length => Forms.Length;

    /// <summary>The words as the pipeline meets them in running text: glued where the treebank says SpaceAfter=No, else
    /// one space apart; tokens with their offsets into that text, not yet tagged or parsed.</summary>
    public (string Text, Faultline.Core.Token[] Tokens) AsWritten()
    {
        var sb = new StringBuilder();
        var tokens = new Faultline.Core.Token[Length];
        for (int i = 0; i < Length; i++)
        {
            if (i > 0 && SpaceAfter[i - 1]) sb.Append(' ');
            tokens[i] = new Faultline.Core.Token { Start = sb.Length, End = sb.Length + Forms[i].Length, Head = -1 };
            sb.Append(Forms[i]);
        }
        return (sb.ToString(), tokens);
    }
}

public static class Conllu
{
    public static List<TreebankSentence> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"treebank file not found: {path}", path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        var sentences = Read(reader, path);
        // (an empty file would score NaN or train a model of nothing)
        return sentences.Count > 0 ? sentences : throw new InvalidDataException($"{path}: no sentences in the file");
    }

    public static List<TreebankSentence> Read(TextReader reader, string name)
    {
        var result = new List<TreebankSentence>();
        var rows = new List<string[]>();
        var mwt = new List<(int, int, string)>();
        string? text = null;
        bool newDoc = false, newPar = false;
        int lineNo = 0, sentenceLine = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (line.Length == 0 || line.Trim().Length == 0)
            {
                if (rows.Count > 0) result.Add(Build(rows, mwt, text, newDoc, newPar, name, sentenceLine));
                rows.Clear(); mwt.Clear(); text = null; newDoc = newPar = false;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ")) text = line[9..];
                else if (line.StartsWith("# newdoc")) newDoc = true;
                else if (line.StartsWith("# newpar")) newPar = true;
                continue;
            }
            if (rows.Count == 0 && mwt.Count == 0) sentenceLine = lineNo;
            var f = line.Split('\t');
            if (f.Length != 10) throw new ConlluFormatException(name, lineNo, $"expected 10 tab-separated columns, found {f.Length}");
            var id = f[0];
            int dash = id.IndexOf('-');
            if (dash > 0)
            {
                if (!int.TryParse(id.AsSpan(0, dash), out var a) || !int.TryParse(id.AsSpan(dash + 1), out var b) || b < a)
                    throw new ConlluFormatException(name, lineNo, $"bad multi-word token range '{id}'");
                mwt.Add((a - 1, b - 1, f[1]));
                continue;
            }
            if (id.Contains('.')) continue; // empty nodes of enhanced UD
            if (!int.TryParse(id, out var n) || n != rows.Count + 1)
                throw new ConlluFormatException(name, lineNo, $"word id '{id}' out of sequence (expected {rows.Count + 1})");
            if (f[6] != "_" && !int.TryParse(f[6], out _))
                throw new ConlluFormatException(name, lineNo, $"head '{f[6]}' is not a number");
            rows.Add(f);
        }
        if (rows.Count > 0) result.Add(Build(rows, mwt, text, newDoc, newPar, name, sentenceLine));
        return result;
    }

    static TreebankSentence Build(List<string[]> rows, List<(int, int, string)> mwt, string? text, bool newDoc, bool newPar, string name, int line)
    {
        int n = rows.Count;
        var heads = new int[n];
        for (int i = 0; i < n; i++)
        {
            int h = rows[i][6] == "_" ? 0 : int.Parse(rows[i][6]);
            if (h < 0 || h > n) throw new ConlluFormatException(name, line + i, $"head {h} outside the sentence (1..{n})");
            heads[i] = h - 1;
        }
        var space = new bool[n];
        for (int i = 0; i < n; i++) space[i] = !rows[i][9].Contains("SpaceAfter=No");
        foreach (var (first, last, _) in mwt)
        {
            if (last >= n) throw new ConlluFormatException(name, line, "multi-word token range beyond the sentence");
            // the surface token's spacing applies to its last word; the words inside are glued
            var surfaceRowSpace = space[last];
            for (int i = first; i < last; i++) space[i] = false;
            space[last] = surfaceRowSpace;
        }
        return new TreebankSentence
        {
            Forms = rows.Select(r => r[1]).ToArray(),
            Lemmas = rows.Select(r => r[2]).ToArray(),
            Upos = rows.Select(r => string.Intern(r[3])).ToArray(),
            Xpos = rows.Select(r => string.Intern(r[4])).ToArray(),
            Heads = heads,
            Deprels = rows.Select(r => string.Intern(r[7])).ToArray(),
            SpaceAfter = space,
            MultiWord = mwt.ToArray(),
            Text = text,
            NewDocument = newDoc,
            NewParagraph = newPar,
        };
    }

    /// <summary>
    /// The treebank's raw text, as the evaluation sees it: documents and paragraphs separated by a
    /// blank line, sentences of a paragraph joined by one space; with the gold sentence and token spans.
    /// Token spans are surface tokens, except that a multi-word token whose words spell it (do + n't)
    /// gives one span per word.
    /// </summary>
    public static (string Text, List<(int Start, int End)> Sentences, List<(int Start, int End)> Tokens) RawText(IReadOnlyList<TreebankSentence> sentences)
    {
        var sb = new StringBuilder();
        var sents = new List<(int, int)>();
        var toks = new List<(int, int)>();
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            if (sb.Length > 0) sb.Append(si > 0 && (s.NewDocument || s.NewParagraph) ? "\n\n" : " ");
            int sentStart = sb.Length;
            var mwtAt = new Dictionary<int, (int Last, string Surface)>();
            foreach (var (f, l, surf) in s.MultiWord) mwtAt[f] = (l, surf);
            for (int i = 0; i < s.Length; i++)
            {
                if (mwtAt.TryGetValue(i, out var m))
                {
                    int start = sb.Length;
                    var concat = string.Concat(s.Forms[i..(m.Last + 1)]);
                    if (string.Equals(concat, m.Surface, StringComparison.OrdinalIgnoreCase))
                    {
                        for (int k = i; k <= m.Last; k++) { int ws = sb.Length; sb.Append(m.Surface, ws - start, s.Forms[k].Length); toks.Add((ws, sb.Length)); }
                    }
                    else { sb.Append(m.Surface); toks.Add((start, sb.Length)); }
                    if (s.SpaceAfter[m.Last] && m.Last < s.Length - 1) sb.Append(' ');
                    i = m.Last;
                    continue;
                }
                int ts = sb.Length;
                sb.Append(s.Forms[i]);
                toks.Add((ts, sb.Length));
                if (s.SpaceAfter[i] && i < s.Length - 1) sb.Append(' ');
            }
            sents.Add((sentStart, sb.Length));
        }
        return (sb.ToString(), sents, toks);
    }
}
