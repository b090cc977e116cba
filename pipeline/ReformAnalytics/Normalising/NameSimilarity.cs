namespace ReformAnalytics.Normalising;

/// <summary>Character-bigram Dice similarity of name keys, on distinct bigrams.</summary>
internal static class NameSimilarity
{
    /// <summary>The distinct bigrams of <paramref name="key"/>, sorted; a one-character key is its own bigram.</summary>
    public static uint[] Bigrams(string key)
    {
        if (key.Length < 2)
        {
            return key.Length == 0 ? [] : [key[0]];
        }

        var bigrams = new uint[key.Length - 1];
        for (var i = 0; i < bigrams.Length; i++)
        {
            bigrams[i] = ((uint)key[i] << 16) | key[i + 1];
        }

        Array.Sort(bigrams);
        var distinct = 1;
        for (var i = 1; i < bigrams.Length; i++)
        {
            if (bigrams[i] != bigrams[distinct - 1])
            {
                bigrams[distinct++] = bigrams[i];
            }
        }

        return bigrams[..distinct];
    }

    /// <summary>2·|A∩B| / (|A| + |B|) over distinct bigrams; 0 when both are empty.</summary>
    public static double Dice(string a, string b) => Dice(Bigrams(a), Bigrams(b));

    public static double Dice(uint[] a, uint[] b) => a.Length + b.Length == 0 ? 0 : 2.0 * Shared(a, b) / (a.Length + b.Length);

    private static int Shared(uint[] a, uint[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
