using System.Globalization;
using System.Numerics;

namespace Sitrep.Core.Evaluation;

/// <summary>
/// Number formatting as score.py prints it. Python rounds the exact binary value half-to-even (f"{0.125:.2f}" is
/// "0.12"); .NET's "F2" gives "0.13". Printed figures must be identical, so this rounds the exact value itself.
/// </summary>
public static class PyFormat
{
    /// <summary>Python's <c>f"{value:.{digits}f}"</c>.</summary>
    public static string Fixed(double value, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        exponent -= 1075; // |value| = mantissa * 2^exponent, exactly
        var num = mantissa * BigInteger.Pow(10, digits);
        var den = BigInteger.One;
        if (exponent > 0) num <<= exponent; else den <<= -exponent;
        var q = BigInteger.DivRem(num, den, out var r);
        var twice = r * 2;
        if (twice > den || (twice == den && !q.IsEven)) q += 1;
        var s = q.ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        var text = digits == 0 ? s : s[..^digits] + "." + s[^digits..];
        return bits < 0 ? "-" + text : text;
    }

    /// <summary>score.py's <c>pct</c>: "66.7% (2/3)"; "0.0% (0/0)" when there is nothing to count.</summary>
    public static string Pct(int a, int b) => $"{(b != 0 ? Fixed(100.0 * a / b, 1) : "0.0")}% ({a}/{b})";

    /// <summary>score.py's <c>f1</c>, same operation order.</summary>
    public static double F1(double p, double r) => p + r != 0 ? 2 * p * r / (p + r) : 0.0;

    /// <summary>a / b, 0 when b is 0 (score.py's <c>x / n if n else 0</c>).</summary>
    public static double Ratio(int a, int b) => b != 0 ? (double)a / b : 0;
}
