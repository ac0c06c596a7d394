using Faultline.Core;

namespace Faultline.Nlp;

/// <summary>The standard metrics of each component on a treebank file (CoNLL 2018 definitions where they apply).</summary>
public static class TreebankEval
{
    /// <summary>Token F1: exact character spans of our tokens against the gold tokens of the raw text.</summary>
    public static PrfScore Tokenizer(IReadOnlyList<TreebankSentence> sentences)
    {
        var (text, _, gold) = Conllu.RawText(sentences);
        var ours = global::Faultline.Nlp.Tokenizer.Tokenize(text).Select(t => (t.Start, t.End));
        return PrfScore.Of(gold, ours);
    }

    /// <summary>Sentence F1: exact character spans of sentences found in the raw text.</summary>
    public static PrfScore Sentences(IReadOnlyList<TreebankSentence> sentences, SentenceSplitter splitter)
    {
        var (text, gold, _) = Conllu.RawText(sentences);
        var tokens = global::Faultline.Nlp.Tokenizer.Tokenize(text);
        var ours = splitter.Split(text, tokens).Select(s => (s.Start, s.End));
        return PrfScore.Of(gold, ours);
    }

    /// <summary>
    /// UAS and LAS of the parse the pipeline makes (CoNLL 2018: punctuation included, labels compared without subtypes):
    /// each sentence's words joined into text, tagged (tags and lemmas) and parsed with the repairs, as
    /// <see cref="NlpPipeline"/> does with gold tokens.
    /// </summary>
    public static (double Uas, double Las) Parser(IReadOnlyList<TreebankSentence> sentences, PosTagger tagger, ISentenceParser parser,
        Action<TreebankSentence, string, Token[]>? parsed = null)
    {
        long total = 0, ua = 0, la = 0;
        foreach (var s in sentences)
        {
            // (as written: "explosives-laden" glued, as the tokenizer finds it in running text)
            var (text, tokens) = s.AsWritten();
            tagger.Tag(text, tokens, 0, tokens.Length);
            parser.Parse(text, tokens, 0, tokens.Length);
            parsed?.Invoke(s, text, tokens);
            for (int i = 0; i < s.Length; i++)
            {
                total++;
                if (tokens[i].Head != s.Heads[i]) continue;
                ua++;
                if (DependencyParser.Universal(tokens[i].Deprel!).SequenceEqual(DependencyParser.Universal(s.Deprels[i]))) la++;
            }
        }
        return ((double)ua / Math.Max(1, total), (double)la / Math.Max(1, total));
    }

    /// <summary>Sentence F1 on news: GMB sentences (tokenised words) written back as running text, five sentences to a
    /// paragraph line, so that every boundary inside a line is the splitter's to find.</summary>
    public static PrfScore GmbSentences(IReadOnlyList<string[]> sentences, SentenceSplitter splitter)
    {
        var (text, gold) = GmbRawText(sentences);
        var tokens = global::Faultline.Nlp.Tokenizer.Tokenize(text);
        return PrfScore.Of(gold, splitter.Split(text, tokens).Select(s => (s.Start, s.End)));
    }

    /// <summary>GMB's words joined as a newspaper writes them: no space before closing punctuation, clitics and a closing
    /// quotation mark, none after an opening bracket, "$" or opening quotation mark, and "cease - fire" as "cease-fire".</summary>
    public static (string Text, List<(int Start, int End)> Sentences) GmbRawText(IReadOnlyList<string[]> sentences, int perLine = 5)
    {
        var sb = new System.Text.StringBuilder();
        var spans = new List<(int, int)>();
        for (int k = 0; k < sentences.Count; k++)
        {
            if (k > 0) sb.Append(k % perLine == 0 ? "\n\n" : " ");
            int start = sb.Length;
            bool openQuote = false, glue = true;
            var w = sentences[k];
            for (int i = 0; i < w.Length; i++)
            {
                string t = w[i];
                bool hyphen = t == "-" && i > 0 && i + 1 < w.Length && char.IsLetterOrDigit(w[i - 1][^1]) && char.IsLetterOrDigit(w[i + 1][0]);
                bool noSpace = glue || hyphen || (t == "\"" && openQuote)
                    || t is "," or "." or ";" or ":" or "!" or "?" or ")" or "%" or "'s" or "'" or "n't" or "'re" or "'ve" or "'ll" or "'d" or "'m";
                if (!noSpace) sb.Append(' ');
                sb.Append(t);
                glue = hyphen || t is "(" or "$" || (t == "\"" && !openQuote);
                if (t == "\"") openQuote = !openQuote;
            }
            spans.Add((start, sb.Length));
        }
        return (sb.ToString(), spans);
    }

    /// <summary>Documents of a treebank as raw text with gold sentence spans (training data for the splitter).</summary>
    public static List<(string Text, List<(int Start, int End)> Sentences)> Documents(IReadOnlyList<TreebankSentence> sentences)
    {
        var docs = new List<(string, List<(int, int)>)>();
        int from = 0;
        for (int i = 1; i <= sentences.Count; i++)
        {
            if (i < sentences.Count && !sentences[i].NewDocument) continue;
            var part = sentences.Skip(from).Take(i - from).ToList();
            var (text, sents, _) = Conllu.RawText(part);
            docs.Add((text, sents));
            from = i;
        }
        return docs;
    }
}
