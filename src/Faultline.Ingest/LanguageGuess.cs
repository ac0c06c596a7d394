namespace Faultline.Ingest;

/// <summary>A cheap language guess for pages that do not declare one: script first, then stopwords.</summary>
public static class LanguageGuess
{
    static readonly (string Lang, HashSet<string> Words)[] Stopwords =
    [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "said", "on"]),
        ("es", ["el", "la", "de", "que", "y", "en", "los", "del", "las", "por", "una", "con"]),
        ("pt", ["o", "a", "de", "que", "e", "do", "da", "em", "um", "para", "com", "não"]),
        ("fr", ["le", "la", "les", "de", "et", "des", "est", "une", "dans", "que", "pour", "pas"]),
        ("de", ["der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "ist"]),
        ("it", ["il", "di", "che", "e", "la", "per", "un", "del", "della", "non", "sono", "una"]),
        ("id", ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "dalam", "akan", "pada"]),
    ];

    public static string Guess(string text)
    {
        var sample = text.Length > 4000 ? text[..4000] : text;
        int cyr = 0, arab = 0, hangul = 0, cjk = 0, latin = 0;
        foreach (var c in sample)
        {
            if (c is >= '\u0400' and <= '\u04FF') cyr++;
            else if (c is >= '\u0600' and <= '\u06FF') arab++;
            else if (c is >= '\uAC00' and <= '\uD7AF') hangul++;
            else if (c is >= '\u4E00' and <= '\u9FFF') cjk++;
            else if (char.IsAsciiLetter(c)) latin++;
        }
        int max = Math.Max(Math.Max(cyr, arab), Math.Max(hangul, cjk));
        if (max > latin)
            return max == cyr ? "ru" : max == arab ? "ar" : max == hangul ? "ko" : "zh";
        var counts = new int[Stopwords.Length];
        foreach (var w in sample.ToLowerInvariant().Split([' ', '\n', ',', '.', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            for (int i = 0; i < Stopwords.Length; i++)
                if (Stopwords[i].Words.Contains(w)) counts[i]++;
        int best = 0;
        for (int i = 1; i < counts.Length; i++) if (counts[i] > counts[best]) best = i;
        return Stopwords[best].Lang;
    }
}
