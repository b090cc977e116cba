using System.Globalization;
using System.Text;
using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>
/// New task ids: <c>{ledger prefix}{ledger year}-{8 hex digits}</c>, e.g. <c>OV2024-1a2b3c4d</c>. The prefix is OV
/// (overall), AP (assigned_pilot) or LP (local_pilot); the hex is the 32-bit FNV-1a hash of the UTF-8 bytes of the
/// task's name key (<see cref="TaskNameKey"/>) when it first appeared. When that id is taken, -2, -3, … is appended.
/// </summary>
public static class TaskIds
{
    public static string Prefix(Ledger ledger) => ledger switch
    {
        Ledger.Overall => "OV",
        Ledger.AssignedPilot => "AP",
        Ledger.LocalPilot => "LP",
        _ => throw new ArgumentOutOfRangeException(nameof(ledger)),
    };

    /// <summary>The id for <paramref name="nameKey"/>, not one of <paramref name="taken"/>; it is added to <paramref name="taken"/>.</summary>
    public static string New(Ledger ledger, int ledgerYear, string nameKey, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        return New(ledger, ledgerYear, nameKey, taken.Add);
    }

    /// <summary>The first id for <paramref name="nameKey"/> that <paramref name="tryTake"/> accepts (returns true for, and takes).</summary>
    public static string New(Ledger ledger, int ledgerYear, string nameKey, Func<string, bool> tryTake)
    {
        ArgumentNullException.ThrowIfNull(nameKey);
        ArgumentNullException.ThrowIfNull(tryTake);
        var id = string.Create(CultureInfo.InvariantCulture, $"{Prefix(ledger)}{ledgerYear:D4}-{Fnv1a(nameKey):x8}");
        var candidate = id;
        for (var n = 2; !tryTake(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
        }

        return candidate;
    }

    /// <summary>32-bit FNV-1a of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static uint Fnv1a(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const uint offsetBasis = 2166136261;
        const uint prime = 16777619;
        var hash = offsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            unchecked
            {
                hash = (hash ^ b) * prime;
            }
        }

        return hash;
    }
}
