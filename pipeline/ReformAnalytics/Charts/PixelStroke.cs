using ScottPlot;

namespace ReformAnalytics.Charts;

/// <summary>A drawn line from A to B (a marker when A is B), <see cref="HalfWidth"/> pixels either side of its middle.</summary>
internal readonly record struct PixelStroke(Pixel A, Pixel B, float HalfWidth)
{
    /// <summary>Whether the stroke, widened by <paramref name="clearance"/>, enters the rectangle (Liang–Barsky clipping).</summary>
    public bool Meets(PixelRect rect, float clearance)
    {
        var r = rect.Expand(HalfWidth + clearance);
        float dx = B.X - A.X, dy = B.Y - A.Y;
        float enter = 0, leave = 1;
        foreach (var (p, q) in new[] { (-dx, A.X - r.Left), (dx, r.Right - A.X), (-dy, A.Y - r.Top), (dy, r.Bottom - A.Y) })
        {
            if (p == 0)
            {
                if (q < 0)
                {
                    return false;
                }

                continue;
            }

            var t = q / p;
            if (p < 0)
            {
                enter = Math.Max(enter, t);
            }
            else
            {
                leave = Math.Min(leave, t);
            }

            if (enter > leave)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Distance from a pixel to the stroke's middle line.</summary>
    public float DistanceTo(Pixel p)
    {
        float dx = B.X - A.X, dy = B.Y - A.Y;
        var lengthSquared = (dx * dx) + (dy * dy);
        var t = lengthSquared == 0 ? 0 : Math.Clamp((((p.X - A.X) * dx) + ((p.Y - A.Y) * dy)) / lengthSquared, 0, 1);
        return MathF.Sqrt(MathF.Pow(A.X + (t * dx) - p.X, 2) + MathF.Pow(A.Y + (t * dy) - p.Y, 2));
    }

    /// <summary>Whether the stroke's middle line crosses the straight line from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool Crosses(Pixel from, Pixel to)
    {
        static float Side(Pixel o, Pixel a, Pixel b) => ((a.X - o.X) * (b.Y - o.Y)) - ((a.Y - o.Y) * (b.X - o.X));
        return A != B
            && Side(from, to, A) * Side(from, to, B) <= 0
            && Side(A, B, from) * Side(A, B, to) <= 0;
    }
}
