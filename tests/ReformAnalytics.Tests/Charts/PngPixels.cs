using SkiaSharp;

namespace ReformAnalytics.Tests.Charts;

/// <summary>Decodes a PNG and answers questions about its pixels.</summary>
internal sealed class PngPixels
{
    private readonly SKColor[] _pixels;

    public PngPixels(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG");
        Width = bitmap.Width;
        Height = bitmap.Height;
        _pixels = bitmap.Pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public int Count(Func<SKColor, bool> predicate) => _pixels.Count(predicate);

    public bool Contains(byte r, byte g, byte b) => _pixels.Any(p => p.Red == r && p.Green == g && p.Blue == b);

    /// <summary>How many pixels differ between two images of the same size.</summary>
    public static int Difference(PngPixels a, PngPixels b)
    {
        Assert.Equal(a.Width, b.Width);
        Assert.Equal(a.Height, b.Height);
        var n = 0;
        for (var i = 0; i < a._pixels.Length; i++)
        {
            if (a._pixels[i] != b._pixels[i])
            {
                n++;
            }
        }

        return n;
    }
}
