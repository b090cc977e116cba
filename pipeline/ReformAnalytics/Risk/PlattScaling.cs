namespace ReformAnalytics.Risk;

/// <summary>
/// Platt scaling of a one-number score: p = 1 / (1 + exp(-(a z + b))) with z the score standardised on the
/// training rows, a and b fitted by Newton's method on the log-loss against Platt's smoothed targets
/// ((N+ + 1) / (N+ + 2) for positives, 1 / (N- + 2) for negatives). Turns a rule's score into a probability.
/// </summary>
internal readonly record struct PlattScaling(double Slope, double Intercept, double Mean, double Scale)
{
    public double Probability(double score) => 1.0 / (1.0 + Math.Exp(-((Slope * (score - Mean) / Scale) + Intercept)));

    public static PlattScaling Fit(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var n = scores.Count;
        var positives = labels.Count(y => y);
        var negatives = n - positives;
        var mean = n == 0 ? 0 : scores.Average();
        var variance = n == 0 ? 0 : scores.Sum(s => (s - mean) * (s - mean)) / n;
        var scale = variance > 1e-12 ? Math.Sqrt(variance) : 1.0;
        var hi = (positives + 1.0) / (positives + 2.0);
        var lo = 1.0 / (negatives + 2.0);
        double a = 0;
        var b = Math.Log((positives + 1.0) / (negatives + 1.0));
        var loss = Loss(a, b);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (var i = 0; i < n; i++)
            {
                var z = (scores[i] - mean) / scale;
                var p = Sigmoid((a * z) + b);
                var d = p - (labels[i] ? hi : lo);
                var w = p * (1 - p);
                ga += d * z;
                gb += d;
                haa += w * z * z;
                hab += w * z;
                hbb += w;
            }

            var det = (haa * hbb) - (hab * hab);
            if (Math.Abs(det) < 1e-18)
            {
                break;
            }

            var da = ((hbb * ga) - (hab * gb)) / det;
            var db = ((haa * gb) - (hab * ga)) / det;
            var step = 1.0;
            var next = Loss(a - (step * da), b - (step * db));
            while (next > loss && step > 1e-6)
            {
                step /= 2;
                next = Loss(a - (step * da), b - (step * db));
            }

            if (next > loss)
            {
                break;
            }

            a -= step * da;
            b -= step * db;
            var improved = loss - next;
            loss = next;
            if (improved < 1e-12)
            {
                break;
            }
        }

        return new PlattScaling(a, b, mean, scale);

        double Loss(double sa, double sb)
        {
            double sum = 0;
            for (var i = 0; i < n; i++)
            {
                var p = Math.Clamp(Sigmoid((sa * (scores[i] - mean) / scale) + sb), 1e-15, 1 - 1e-15);
                var t = labels[i] ? hi : lo;
                sum -= (t * Math.Log(p)) + ((1 - t) * Math.Log(1 - p));
            }

            return sum;
        }
    }

    private static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
}
