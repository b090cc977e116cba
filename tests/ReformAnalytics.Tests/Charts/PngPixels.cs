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

    /// <summary>How many pixels inside <paramref name="rect"/> (clipped to the image) match.</summary>
    public int Count(SKRectI rect, Func<SKColor, bool> predicate)
    {
        var n = 0;
        for (var y = Math.Max(0, rect.Top); y < Math.Min(Height, rect.Bottom); y++)
        {
            for (var x = Math.Max(0, rect.Left); x < Math.Min(Width, rect.Right); x++)
            {
                n += predicate(_pixels[(y * Width) + x]) ? 1 : 0;
            }
        }

        return n;
    }

    /// <summary>
    /// How many pixels inside <paramref name="rect"/> (clipped to the images, which are of one size) match
    /// <paramref name="inA"/> in <paramref name="a"/> and <paramref name="inB"/> in <paramref name="b"/>.
    /// </summary>
    public static int CountBoth(PngPixels a, PngPixels b, SKRectI rect, Func<SKColor, bool> inA, Func<SKColor, bool> inB)
    {
        Assert.Equal(a.Width, b.Width);
        Assert.Equal(a.Height, b.Height);
        var n = 0;
        for (var y = Math.Max(0, rect.Top); y < Math.Min(a.Height, rect.Bottom); y++)
        {
            for (var x = Math.Max(0, rect.Left); x < Math.Min(a.Width, rect.Right); x++)
            {
                var i = (y * a.Width) + x;
                n += inA(a._pixels[i]) && inB(b._pixels[i]) ? 1 : 0;
            }
        }

        return n;
    }

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

    /// <summary>
    /// The smallest rectangle holding every pixel that differs visibly (a channel by more than
    /// <paramref name="tolerance"/>) between two images of the same size; empty if none. Skia may round an
    /// anti-aliased edge one level differently from one drawing to the next (#FEFEFE for #FFFFFF).
    /// </summary>
    public static SKRectI DifferenceBounds(PngPixels a, PngPixels b, int tolerance = 8)
    {
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        int left = a.Width, top = a.Height, right = -1, bottom = -1;
        for (var i = 0; i < a._pixels.Length; i++)
        {
            var (p, q) = (a._pixels[i], b._pixels[i]);
            if (Math.Abs(p.Red - q.Red) > tolerance || Math.Abs(p.Green - q.Green) > tolerance || Math.Abs(p.Blue - q.Blue) > tolerance)
            {
                var (x, y) = (i % a.Width, i / a.Width);
                (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
            }
        }

        return right < 0 ? SKRectI.Empty : new SKRectI(left, top, right + 1, bottom + 1);
    }
}
