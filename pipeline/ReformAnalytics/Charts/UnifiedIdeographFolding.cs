using System.Collections.Concurrent;
using System.Text;
using ScottPlot;
using SkiaSharp;

namespace ReformAnalytics.Charts;

/// <summary>
/// Undoes what Skia's SVG canvas does to Chinese text. The canvas writes each glyph back as the first code point
/// the font maps to that glyph, and a CJK font draws a radical and the ideograph it looks like with one glyph:
/// 比 comes out as the Kangxi radical ⽐ (U+2F50), 民 as ⺠ (U+2EA0), 黄 as ⻩ (U+2EE9). NFKC folds the Kangxi
/// radicals but not the CJK Radicals Supplement (U+2E80–2EFF), so the fold is read from the font itself: a
/// radical or compatibility ideograph that shares its glyph with a unified ideograph becomes that ideograph.
/// </summary>
internal static class UnifiedIdeographFolding
{
    /// <summary>Unified ideographs the fold may produce: Extension A and the main block.</summary>
    private static readonly (int First, int Last)[] UnifiedBlocks = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF)];

    /// <summary>Code points Skia may write in place of a unified ideograph.</summary>
    private static readonly (int First, int Last)[] StandInBlocks =
    [
        (0x2E80, 0x2EFF), // CJK Radicals Supplement
        (0x2F00, 0x2FDF), // Kangxi Radicals
        (0xF900, 0xFAFF), // CJK Compatibility Ideographs
        (0x2F800, 0x2FA1F), // CJK Compatibility Ideographs Supplement
    ];

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<int, int>> Maps = new(StringComparer.Ordinal);

    /// <summary>The SVG text with every stand-in folded back to the unified ideograph it was drawn for.</summary>
    public static string Fold(string svg, string fontFamily)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentException.ThrowIfNullOrWhiteSpace(fontFamily);
        if (!ContainsStandIn(svg))
        {
            return svg;
        }

        var map = Maps.GetOrAdd(fontFamily, BuildMap);
        var builder = new StringBuilder(svg.Length);
        foreach (var rune in svg.EnumerateRunes())
        {
            builder.Append(IsStandIn(rune.Value) ? Unified(rune, map) : rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>
    /// Stand-in → unified ideograph for the family's regular and bold faces (titles are bold). Where a stand-in
    /// shares a glyph with several ideographs the lowest code point wins, as it does in the font's cmap order.
    /// </summary>
    internal static IReadOnlyDictionary<int, int> BuildMap(string fontFamily)
    {
        if (string.Equals(fontFamily, ChartFonts.Family, StringComparison.Ordinal))
        {
            ChartFonts.EnsureRegistered();
        }

        var map = new Dictionary<int, int>();
        foreach (var bold in new[] { false, true })
        {
            var typeface = Fonts.GetTypeface(fontFamily, bold, italic: false);
            foreach (var (standIn, unified) in SharedGlyphs(typeface))
            {
                map.TryAdd(standIn, unified);
            }
        }

        return map;
    }

    private static IEnumerable<(int StandIn, int Unified)> SharedGlyphs(SKTypeface typeface)
    {
        using var font = new SKFont(typeface);
        var ideographByGlyph = new Dictionary<ushort, int>();
        foreach (var codePoint in CodePoints(UnifiedBlocks))
        {
            var glyph = font.GetGlyph(codePoint);
            if (glyph != 0)
            {
                ideographByGlyph.TryAdd(glyph, codePoint);
            }
        }

        foreach (var codePoint in CodePoints(StandInBlocks))
        {
            var glyph = font.GetGlyph(codePoint);
            if (glyph != 0 && ideographByGlyph.TryGetValue(glyph, out var unified))
            {
                yield return (codePoint, unified);
            }
        }
    }

    /// <summary>A stand-in the font draws with a glyph of its own was written as itself and stays.</summary>
    private static string Unified(Rune rune, IReadOnlyDictionary<int, int> map) =>
        map.TryGetValue(rune.Value, out var unified) ? char.ConvertFromUtf32(unified) : rune.ToString();

    private static bool ContainsStandIn(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsStandIn(rune.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStandIn(int codePoint) =>
        StandInBlocks.Any(block => codePoint >= block.First && codePoint <= block.Last);

    private static IEnumerable<int> CodePoints((int First, int Last)[] blocks) =>
        blocks.SelectMany(block => Enumerable.Range(block.First, block.Last - block.First + 1));
}
