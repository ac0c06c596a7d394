using System.Collections.Frozen;
using System.Globalization;
using Faultline.Core;

namespace Faultline.Nlp;

/// <summary>
/// Counts in text: numerals ("1,200", "1.5 million"), number words ("five", "twenty-five", "a
/// hundred"), vague amounts ("dozens" = 24, "hundreds" = 200, approximate), with their modifiers
/// ("at least", "more than", "nearly", "up to") and the counted noun when one follows ("12 people").
/// Works over tagged tokens, so years and times, which the tagger does not call counts of things, stay out.
/// </summary>
public static class Quantities
{
    static readonly FrozenDictionary<string, long> Words = new Dictionary<string, long>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>"hundreds of thousands": a vague amount of a plural multiplier.</summary>
    static readonly FrozenDictionary<string, long> PluralMultipliers = new Dictionary<string, long>
    {
        ["hundreds"] = 100, ["thousands"] = 1000, ["millions"] = 1_000_000, ["billions"] = 1_000_000_000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>"two-thirds of the town" is a share, not a count of two.</summary>
    static readonly FrozenSet<string> Fractions = new[] { "half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths",
        "fifth", "fifths", "sixth", "sixths", "eighth", "eighths", "tenth", "tenths" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    static readonly FrozenDictionary<string, long> Multipliers = new Dictionary<string, long>
    {
        ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["lakh"] = 100_000, ["crore"] = 10_000_000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    static readonly FrozenDictionary<string, long> Vague = new Dictionary<string, long>
    {
        ["dozens"] = 24, ["scores"] = 40, ["hundreds"] = 200, ["thousands"] = 2000, ["tens"] = 20, ["millions"] = 2_000_000,
        ["several"] = 3, ["a few"] = 3, ["a handful"] = 5, ["a dozen"] = 12, ["many"] = 10, ["numerous"] = 10,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    static readonly string[] AtLeastCues = ["at least", "more than", "over", "upwards of", "no fewer than", "not less than", "in excess of", "as many as"];
    static readonly string[] ApproxCues = ["about", "around", "nearly", "almost", "some", "roughly", "approximately", "up to", "close to", "an estimated", "estimated"];

    public static List<Quantity> Find(string text, Token[] tokens, int first, int end)
    {
        var result = new List<Quantity>();
        for (int i = first; i < end; i++)
        {
            int start = i;
            if (!TryNumber(text, tokens, ref i, end, out long value, out bool vague, out bool range)) continue;
            // "three days ago", "at 10 o'clock", years: a numeral tagged as a date or followed by a time unit is not a count
            int numEnd = i; // inclusive
            int mod = start;
            bool atLeast = range, approx = vague;
            // "between 20 and 30 people", "20 to 30 people": a range counts its lower bound, at least (not "killed 12 and
            // wounded 30", nor a toll that rose "from 20 to 30")
            if (!range && numEnd + 2 < end && Word(text, tokens, numEnd + 1) is var link
                && (link is "to" or "-" or "–" && !Preceded(text, tokens, first, start, "from", out _)
                    || link is "and" && Preceded(text, tokens, first, start, "between", out _)))
            {
                int j = numEnd + 2;
                if (TryNumber(text, tokens, ref j, end, out long high, out _, out _) && high > value)
                {
                    atLeast = true;
                    numEnd = i = j;
                    if (link is "and") mod = start - 1;
                }
            }
            // "No one was killed": none
            if (value == 1 && Word(text, tokens, start).Equals("one", StringComparison.OrdinalIgnoreCase)
                && (Preceded(text, tokens, first, start, "no", out var none) || Preceded(text, tokens, first, start, "not", out none)))
            {
                value = 0;
                mod = none;
            }
            if (mod == start) foreach (var cue in AtLeastCues) if (Preceded(text, tokens, first, start, cue, out var m)) { atLeast = true; mod = m; break; }
            if (mod == start) foreach (var cue in ApproxCues) if (Preceded(text, tokens, first, start, cue, out var m)) { approx = true; mod = m; break; }
            // "40-odd people", "40 odd people": about forty
            int odd = numEnd + 1 < end && text.AsSpan(tokens[numEnd + 1].Start, tokens[numEnd + 1].Length) is "-" ? numEnd + 2 : numEnd + 1;
            if (odd < end && text.AsSpan(tokens[odd].Start, tokens[odd].Length).Equals("odd", StringComparison.OrdinalIgnoreCase))
            { approx = true; numEnd = odd; }
            string? noun = null;
            int nounEnd = numEnd;
            for (int k = numEnd + 1; k < end && k <= numEnd + 3; k++)
            {
                var w = text.AsSpan(tokens[k].Start, tokens[k].Length);
                if (w is "of") continue; // "dozens of people"
                // "23 of its soldiers", "dozens of the protesters"
                if ((tokens[k].Upos == "DET" || tokens[k].Xpos == "PRP$") && text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length) is "of") continue;
                if (tokens[k].Upos is "NOUN")
                {
                    // the head of a compound counts: "3 police officers" are officers
                    while (k + 1 < end && k + 1 <= numEnd + 4 && tokens[k + 1].Upos is "NOUN") k++;
                    noun = tokens[k].Lemma ?? text.Substring(tokens[k].Start, tokens[k].Length);
                    nounEnd = k;
                    break;
                }
                // "10 Maoists", "three Afghans": a plural name of people ends the phrase as its noun
                if (tokens[k].Xpos == "NNPS" && !(k + 1 < end && tokens[k + 1].Upos is "NOUN" or "PROPN"))
                {
                    noun = tokens[k].Lemma ?? text.Substring(tokens[k].Start, tokens[k].Length);
                    nounEnd = k;
                    break;
                }
                if (tokens[k].Upos is not ("ADJ" or "PROPN")) break;
            }
            if (noun is not null && noun is "year" or "day" or "month" or "week" or "hour" or "minute" or "percent" or "%" or "time") continue;
            if (numEnd + 1 < end && text.AsSpan(tokens[numEnd + 1].Start, tokens[numEnd + 1].Length) is "%") continue; // "5.5%"
            if (PartOfAName(text, tokens, first, start) || AgeOrDuration(text, tokens, numEnd, end) || Money(text, tokens, first, start, numEnd, end)) continue;
            if (noun is null && tokens[start].Xpos == "CD" && IsYear(text, tokens[start])) continue;
            result.Add(new Quantity(tokens[mod].Start, tokens[nounEnd].End, text[tokens[mod].Start..tokens[nounEnd].End], value, atLeast, approx, noun));
        }
        return result;
    }

    static readonly FrozenSet<string> CurrencyMarks = new[] { "$", "US$", "€", "£", "¥", "Rs", "Rs.", "PKR", "INR", "USD", "EUR", "GBP",
        "Afs", "AFN" }.ToFrozenSet(StringComparer.Ordinal);
    static readonly FrozenSet<string> CurrencyWords = new[] { "dollar", "dollars", "rupee", "rupees", "euro", "euros", "pound", "pounds",
        "afghani", "afghanis", "yuan", "rouble", "roubles", "ruble", "rubles", "riyal", "riyals", "dirham", "dirhams", "naira", "shilling", "shillings" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"$5 million", "Rs 500 million", "20 million rupees": an amount of money counts no one.</summary>
    static bool Money(string text, Token[] tokens, int first, int start, int last, int end) =>
        start > first && CurrencyMarks.Contains(text.Substring(tokens[start - 1].Start, tokens[start - 1].Length))
        || last + 1 < end && CurrencyWords.Contains(text.Substring(tokens[last + 1].Start, tokens[last + 1].Length));

    /// <summary>"COVID-19", "F-16": a number glued by a hyphen to the word before it names something.</summary>
    static bool PartOfAName(string text, Token[] tokens, int first, int at) =>
        at - 2 >= first && tokens[at - 1].Start == tokens[at - 2].End && tokens[at].Start == tokens[at - 1].End
        && text.AsSpan(tokens[at - 1].Start, tokens[at - 1].Length) is "-" && char.IsLetter(text[tokens[at - 2].End - 1]);

    /// <summary>"a 24-year-old", "a five-day visit": a number glued by a hyphen to a unit of time describes, it does not count.</summary>
    static bool AgeOrDuration(string text, Token[] tokens, int last, int end) =>
        last + 2 < end && tokens[last + 1].Start == tokens[last].End && text.AsSpan(tokens[last + 1].Start, tokens[last + 1].Length) is "-"
        && text.AsSpan(tokens[last + 2].Start, tokens[last + 2].Length) is "year" or "years" or "month" or "day" or "week" or "hour" or "minute";

    static bool IsYear(string text, Token t) => IsYear(text.AsSpan(t.Start, t.Length));

    static bool IsYear(ReadOnlySpan<char> w) => w.Length == 4 && int.TryParse(w, out var y) && y is >= 1900 and <= 2100;

    static ReadOnlySpan<char> Word(string text, Token[] tokens, int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    static bool Preceded(string text, Token[] tokens, int first, int at, string cue, out int cueStart)
    {
        cueStart = at;
        var parts = cue.Split(' ');
        int k = at - parts.Length;
        if (k < first) return false;
        for (int p = 0; p < parts.Length; p++)
            if (!text.AsSpan(tokens[k + p].Start, tokens[k + p].Length).Equals(parts[p], StringComparison.OrdinalIgnoreCase)) return false;
        cueStart = k;
        return true;
    }

    /// <summary>The largest figure read as a count (a quadrillion): beyond it a number is an identifier or junk.</summary>
    const long MaxCount = 1_000_000_000_000_000;

    /// <summary>Unit values of the plural amounts a vague count can take: "several tens" are 30, "a few hundreds" 300.</summary>
    static readonly FrozenDictionary<string, long> PluralUnits = new Dictionary<string, long>
    {
        ["tens"] = 10, ["dozens"] = 12, ["hundreds"] = 100, ["thousands"] = 1000, ["millions"] = 1_000_000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// After a vague count ending at token i, a multiplier it counts: "several thousand" (3 × 1,000), "a few hundred",
    /// "several dozen", "several tens of thousands" (3 × 10 × 1,000). "Many" of a plural is the plural's own vague amount
    /// ("many thousands" are thousands); a count of few multiplies its unit. On success i is the last token read.
    /// </summary>
    static bool OfAMultiplier(string text, Token[] tokens, ref int i, int end, ref long value, bool few)
    {
        if (i + 1 >= end) return false;
        var next = text.Substring(tokens[i + 1].Start, tokens[i + 1].Length);
        if (Multipliers.TryGetValue(next, out var mult) || next.Equals("dozen", StringComparison.OrdinalIgnoreCase) && (mult = 12) > 0)
        {
            value *= mult;
            i++;
            return true;
        }
        if (!PluralUnits.TryGetValue(next, out var unit)) return false;
        value = few ? value * unit : Vague[next];
        i++;
        // "… tens of thousands"
        if (i + 2 < end && text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length) is "of"
            && PluralMultipliers.TryGetValue(text.Substring(tokens[i + 2].Start, tokens[i + 2].Length), out var times))
        {
            value *= times;
            i += 2;
        }
        return true;
    }

    /// <summary>Reads a number starting at token i; on success i is the number's last token.</summary>
    static bool TryNumber(string text, Token[] tokens, ref int i, int end, out long value, out bool vague, out bool range)
    {
        value = 0;
        vague = false;
        range = false;
        var w = text.AsSpan(tokens[i].Start, tokens[i].Length);
        // vague amounts, two-word ones first ("a few", "a dozen")
        if (i + 1 < end)
        {
            var two = string.Concat(w, " ", text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length));
            if (Vague.TryGetValue(two, out var v2))
            {
                value = v2; vague = !two.EndsWith("dozen"); i++;
                if (vague) OfAMultiplier(text, tokens, ref i, end, ref value, few: true);
                return true;
            }
        }
        // "several thousand", "several tens of thousands", "many hundreds": a vague count of a multiplier
        if (w.Equals("several", StringComparison.OrdinalIgnoreCase) || w.Equals("many", StringComparison.OrdinalIgnoreCase)
            || w.Equals("numerous", StringComparison.OrdinalIgnoreCase))
        {
            long counted = Vague[w.ToString()];
            if (OfAMultiplier(text, tokens, ref i, end, ref counted, few: w.Equals("several", StringComparison.OrdinalIgnoreCase)))
            {
                value = counted;
                vague = true;
                return true;
            }
        }
        if (Vague.TryGetValue(w.ToString(), out var v) && (i + 1 >= end || !Multipliers.ContainsKey(text.Substring(tokens[i + 1].Start, tokens[i + 1].Length))))
        {
            // "tens of thousands", "hundreds of thousands": the vague amount times the plural multiplier after "of"
            if (i + 2 < end && text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length) is "of"
                && PluralMultipliers.TryGetValue(text.Substring(tokens[i + 2].Start, tokens[i + 2].Length), out var times))
            {
                value = v * times;
                vague = true;
                i += 2;
                return true;
            }
            // "many" and "several" only count when a noun or "of" follows
            value = v;
            vague = true;
            return !(w is "many" or "numerous" or "several") || (i + 1 < end && tokens[i + 1].Upos is "NOUN" or "ADJ");
        }
        long number;
        if (w.Length > 0 && char.IsDigit(w[0]))
        {
            // "20-30 people" as one word: the lower bound, at least
            int dash = w.IndexOfAny('-', '–');
            if (dash > 0 && tokens[i].Xpos is null or "CD"
                && decimal.TryParse(w[..dash], NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var low)
                && decimal.TryParse(w[(dash + 1)..], NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var high)
                && high > low && low <= MaxCount && !(IsYear(w[..dash]) || IsYear(w[(dash + 1)..])))
            {
                value = (long)low;
                range = true;
                return true;
            }
            if (!decimal.TryParse(w, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return false;
            if (tokens[i].Xpos is not null and not "CD") return false;
            // (a figure beyond any count of people or things is an identifier or junk, never a count: no overflow)
            if (d < 0 || d > MaxCount) return false;
            number = (long)d;
            if (i + 1 < end && Multipliers.TryGetValue(text.Substring(tokens[i + 1].Start, tokens[i + 1].Length), out var mult))
            {
                if (d * mult > MaxCount) return false;
                number = (long)(d * mult);
                i++;
            }
            value = number;
            return true;
        }
        // number words: "twenty-five", "a hundred", "three thousand"
        int j = i;
        long total = 0, current = 0;
        bool any = false;
        if (w.Equals("a", StringComparison.OrdinalIgnoreCase) && i + 1 < end && Multipliers.TryGetValue(text.Substring(tokens[i + 1].Start, tokens[i + 1].Length), out var am))
        {
            value = am; i++; return true;
        }
        if (w.Equals("half", StringComparison.OrdinalIgnoreCase) && i + 2 < end && text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length) is "a"
            && Multipliers.TryGetValue(text.Substring(tokens[i + 2].Start, tokens[i + 2].Length), out var hm))
        {
            value = hm / 2; i += 2; return true; // "half a million"
        }
        while (j < end)
        {
            var t = text.Substring(tokens[j].Start, tokens[j].Length);
            if (Words.TryGetValue(t, out var n)) { current += n; any = true; j++; continue; }
            if (t.Equals("dozen", StringComparison.OrdinalIgnoreCase)) { current = Math.Max(1, current) * 12; any = true; j++; continue; } // "two dozen"
            if (t == "-" && any && j + 1 < end) { j++; continue; }
            if (any && Multipliers.TryGetValue(t, out var m2))
            {
                if (Math.Max(1, current) > MaxCount / m2 || total > MaxCount) return false; // ("a billion billion")
                current = Math.Max(1, current) * m2; if (m2 >= 1000) { total += current; current = 0; } j++; continue;
            }
            if (any && t.Equals("and", StringComparison.OrdinalIgnoreCase) && j + 1 < end && Words.ContainsKey(text.Substring(tokens[j + 1].Start, tokens[j + 1].Length))) { j++; continue; }
            break;
        }
        if (!any) return false;
        if (text.AsSpan(tokens[j - 1].Start, tokens[j - 1].Length) is "-") j--;
        if (j < end && Fractions.Contains(text.Substring(tokens[j].Start, tokens[j].Length))) return false;
        if (j + 1 < end && text.AsSpan(tokens[j].Start, tokens[j].Length) is "-" && Fractions.Contains(text.Substring(tokens[j + 1].Start, tokens[j + 1].Length))) return false;
        value = total + current;
        i = j - 1;
        return true;
    }
}
