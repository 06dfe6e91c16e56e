using Sitrep.Core.Normalisation;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Segmentation;

/// <summary>
/// A stand-in normaliser for tests: drops '\r' and collapses runs of spaces, keeping an exact offset map, so that
/// raw spans differ from normalised ones.
/// </summary>
internal static class FakeNormaliser
{
    public static NormalisedText Normalise(string raw)
    {
        var text = new System.Text.StringBuilder(raw.Length);
        var map = new List<int>(raw.Length + 1);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r') continue;
            if (c == ' ' && text.Length > 0 && text[^1] == ' ') continue;
            text.Append(c);
            map.Add(i);
        }
        map.Add(raw.Length);
        return new NormalisedText(raw, text.ToString(), new OffsetMap([.. map]), []);
    }

    public static NormalisedText Identity(string text) => new(text, text, OffsetMap.Identity(text.Length), []);
}
