using System.Text;
using Faultline.Core;

namespace Faultline.Nlp;

/// <summary>Writes an analysed document as CoNLL-U: entities in MISC as NER=B-TYPE/I-TYPE, offsets as TokenRange.</summary>
public static class ConlluWriter
{
    public static string Write(Doc doc)
    {
        var sb = new StringBuilder();
        var ner = new string?[doc.Tokens.Length];
        foreach (var e in doc.Entities)
            for (int t = e.FirstToken; t < e.EndToken; t++) ner[t] = (t == e.FirstToken ? "B-" : "I-") + e.Type;
        for (int si = 0; si < doc.Sentences.Length; si++)
        {
            var s = doc.Sentences[si];
            sb.Append("# sent_id = ").Append(si + 1).Append('\n');
            if (s.Kind != SentenceKind.Body) sb.Append("# kind = ").Append(s.Kind.ToString().ToLowerInvariant()).Append('\n');
            sb.Append("# text = ").Append(doc.Text.AsSpan(s.Start, s.End - s.Start).ToString().ReplaceLineEndings(" ")).Append('\n');
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                var tok = doc.Tokens[t];
                int head = tok.Head < 0 ? 0 : tok.Head - s.FirstToken + 1;
                var misc = $"TokenRange={tok.Start}:{tok.End}";
                if (ner[t] is { } n) misc += "|NER=" + n;
                if (t + 1 < s.EndToken && doc.Tokens[t + 1].Start == tok.End) misc += "|SpaceAfter=No";
                AppendWord(sb, t - s.FirstToken + 1, doc.FormSpan(t), tok, head, misc);
            }
            sb.Append('\n');
        }
        foreach (var time in doc.Times)
            sb.Append("# time = ").Append(time.Text).Append(" → ").Append(time.Normalised ?? "unresolved").Append(" (").Append(time.Granularity.ToString().ToLowerInvariant()).Append(")\n");
        foreach (var q in doc.Quantities)
            sb.Append("# quantity = ").Append(q.Text).Append(" → ").Append(q.AtLeast ? "≥" : q.Approximate ? "~" : "").Append(q.Value).Append(q.Noun is null ? "" : " " + q.Noun).Append('\n');
        return sb.ToString();
    }

    /// <summary>One sentence of given words and their analysis (heads relative to the sentence's first token, -1 the
    /// root), with no comments or offsets: a treebank's words as the parser read them.</summary>
    public static string WriteSentence(IReadOnlyList<string> forms, Token[] tokens)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < tokens.Length; i++) AppendWord(sb, i + 1, forms[i], tokens[i], tokens[i].Head + 1, "_");
        return sb.Append('\n').ToString();
    }

    static void AppendWord(StringBuilder sb, int id, ReadOnlySpan<char> form, in Token tok, int head, string misc) =>
        sb.Append(id).Append('\t').Append(form).Append('\t').Append(tok.Lemma ?? "_").Append('\t')
          .Append(tok.Upos ?? "_").Append('\t').Append(tok.Xpos ?? "_").Append("\t_\t")
          .Append(tok.Deprel is null ? "_" : head.ToString()).Append('\t').Append(tok.Deprel ?? "_").Append("\t_\t").Append(misc).Append('\n');
}
