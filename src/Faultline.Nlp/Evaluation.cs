namespace Faultline.Nlp;

/// <summary>Precision, recall and F1 of exact-match items (token spans, sentence spans, entities).</summary>
public readonly record struct PrfScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrfScore Of<T>(IEnumerable<T> gold, IEnumerable<T> predicted)
    {
        var g = gold.ToHashSet();
        var p = predicted.ToHashSet();
        int correct = p.Count(g.Contains);
        return new PrfScore(g.Count, p.Count, correct);
    }

    public static PrfScore operator +(PrfScore a, PrfScore b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);
}
