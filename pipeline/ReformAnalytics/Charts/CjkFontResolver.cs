using ScottPlot;
using SkiaSharp;

namespace ReformAnalytics.Charts;

/// <summary>
/// A ScottPlot font resolver that answers one alias with a CJK font file, choosing the Simplified-Chinese face
/// inside a .ttc collection (Noto's collection starts with the Japanese face).
/// </summary>
internal sealed class CjkFontResolver : IFontResolver
{
    private readonly string _alias;
    private readonly string _regularPath;
    private readonly int _regularIndex;
    private readonly string? _boldPath;
    private readonly int _boldIndex;

    public CjkFontResolver(string alias, string regularPath, string? boldPath)
    {
        _alias = alias;
        _regularPath = regularPath;
        _regularIndex = SimplifiedChineseIndex(regularPath);
        _boldPath = boldPath;
        _boldIndex = boldPath is null ? 0 : SimplifiedChineseIndex(boldPath);
    }

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic)
    {
        if (!string.Equals(fontName, _alias, StringComparison.Ordinal))
        {
            return null;
        }

        return bold && _boldPath is not null
            ? SKTypeface.FromFile(_boldPath, _boldIndex)
            : SKTypeface.FromFile(_regularPath, _regularIndex);
    }

    /// <summary>The index of the "… SC" face in a collection; 0 for a single font or when there is none.</summary>
    internal static int SimplifiedChineseIndex(string path)
    {
        for (var i = 0; i < 16; i++)
        {
            using var face = SKTypeface.FromFile(path, i);
            if (face is null)
            {
                break;
            }

            var family = face.FamilyName ?? string.Empty;
            if (family.EndsWith(" SC", StringComparison.Ordinal) && !family.Contains("Mono", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return 0;
    }
}
