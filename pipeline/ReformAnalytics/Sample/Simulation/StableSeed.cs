namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// Seeds for the generator's random streams, derived from the run's seed and an entity's key with
/// FNV-1a (64-bit) and a splitmix finaliser. Each entity (a county, a task in a year, a month's layout)
/// gets its own <see cref="Random"/>, so a stream does not depend on the order others are drawn in, and
/// the result is the same in every process (<c>string.GetHashCode</c> is randomised per process and is
/// never used here).
/// </summary>
internal static class StableSeed
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static int Derive(int seed, string purpose, int a = 0, int b = 0, int c = 0)
    {
        unchecked
        {
            var h = OffsetBasis;
            h = Mix(h, seed);
            foreach (var ch in purpose)
            {
                h = (h ^ (byte)ch) * Prime;
                h = (h ^ (byte)(ch >> 8)) * Prime;
            }

            h = Mix(h, a);
            h = Mix(h, b);
            h = Mix(h, c);
            h ^= h >> 33;
            h *= 0xff51afd7ed558ccd;
            h ^= h >> 33;
            h *= 0xc4ceb9fe1a85ec53;
            h ^= h >> 33;
            return (int)(h & 0x7FFFFFFF);
        }
    }

    public static Random Create(int seed, string purpose, int a = 0, int b = 0, int c = 0) => new(Derive(seed, purpose, a, b, c));

    private static ulong Mix(ulong h, int value)
    {
        unchecked
        {
            var v = (uint)value;
            for (var i = 0; i < 4; i++)
            {
                h = (h ^ (byte)(v >> (8 * i))) * Prime;
            }

            return h;
        }
    }
}
