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
