using System.Text;
using BenchmarkDotNet.Attributes;
using Sitrep.Core.Extraction;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Linking;
using Sitrep.Core.Model;
using Sitrep.Core.Normalisation;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Recognition;
using Sitrep.Core.Recognition.Actors;
using Sitrep.Core.Recognition.Dates;
using Sitrep.Core.Recognition.Places;
using Sitrep.Core.Recognition.Quantities;
using Sitrep.Core.Segmentation;
using Sitrep.Core.Synthetic;
using Sitrep.Ingest;

namespace Sitrep.Bench;

/// <summary>
/// BenchmarkDotNet micro-benchmarks of the hot paths, each over the same sample of generated documents (one
/// operation = the whole sample), so their times add up and compare with the word-count baseline over the same
/// bytes. The inputs of each step are made in <see cref="Setup"/>, so a benchmark times its own step only.
/// Run with <c>sitrep-bench micro</c>.
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    /// <summary>Documents in the sample: about 170 KB, enough to cover both templates, damage and item lists.</summary>
    public const int Documents = 24;

    private (string Name, byte[] Bytes)[] _files = [];
    private string[] _raw = [];
    private Document[] _docs = [];
    private DocumentSegments[] _segments = [];
    private DocumentAnnotations[] _notes = [];
    private LinkMention[] _mentions = [];
    private readonly DocumentLoader _loader = new(DocumentReaders.Default, DocumentPipeline.Default);
    private readonly DateRecognizer _dates = new();
    private readonly QuantityRecognizer _quantities = new();

    private static SyntheticDocument[] Sample() =>
        new CorpusGenerator(ActorRegistry.Default, Gazetteer.Default) { Seed = 20200625 }.Generate(Documents).ToArray();

    /// <summary>The sample's size in bytes (UTF-8), for the MB/s column.</summary>
    public static long SampleBytes { get; } = Sample().Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));

    [GlobalSetup]
    public void Setup()
    {
        var generated = Sample();
        _files = generated.Select(d => (d.Name + ".txt", Encoding.UTF8.GetBytes(d.Text))).ToArray();
        _raw = generated.Select(d => d.Text).ToArray();
        _docs = _files.Select(f => _loader.Load(f.Name, f.Bytes)).ToArray();
        _segments = _docs.Select(DocumentPipeline.Default.Segment).ToArray();
        _notes = _docs.Select((d, i) => Annotator.Default.Annotate(d, _segments[i])).ToArray();
        // The linking benchmark's input: every mention the sample's documents give, as ingest hands them to the linker.
        var mentions = new List<LinkMention>();
        for (var i = 0; i < _docs.Length; i++)
        {
            var events = EventExtractor.Default.Extract(_docs[i], _segments[i], _notes[i]);
            for (var k = 0; k < events.Count; k++)
                mentions.Add(new LinkMention($"{i}:{k}", _docs[i].Id, _files[i].Name, _docs[i].Source, _docs[i].Published ?? _docs[i].Period?.End, events[k]));
        }
        _mentions = [.. mentions];
        // A sample that gives no events would time nothing worth knowing.
        if (_mentions.Length == 0) throw new InvalidOperationException("The sample gave no event mentions.");
    }

    [Benchmark(Baseline = true, Description = "baseline: decode + count words")]
    public long WordCount()
    {
        var baseline = new WordCountBaseline();
        foreach (var (_, bytes) in _files) baseline.Count(bytes);
        return baseline.Words;
    }

    [Benchmark(Description = "read + normalise (loader)")]
    public int ReadAndNormalise()
    {
        var n = 0;
        foreach (var (name, bytes) in _files) n += _loader.Load(name, bytes).Text.Length;
        return n;
    }

    [Benchmark(Description = "normalise (text only)")]
    public int Normalise()
    {
        var n = 0;
        foreach (var raw in _raw) n += DocumentPipeline.Default.Normaliser.Normalise(raw).Text.Length;
        return n;
    }

    [Benchmark(Description = "segment")]
    public int Segment()
    {
        var n = 0;
        // The segmenter itself: the pipeline's Segment(doc) hands back the segments it made while loading.
        foreach (var d in _docs) n += DocumentPipeline.Default.Segmenter.Segment(new NormalisedText(d.RawText, d.Text, d.Map, [])).Sentences.Count;
        return n;
    }

    [Benchmark(Description = "places (gazetteer matcher + geocoder)")]
    public int Places()
    {
        var n = 0;
        foreach (var d in _docs) n += PlaceRecognizer.Default.Recognize(d.Text).Count;
        return n;
    }

    [Benchmark(Description = "actors (alias matcher + roles)")]
    public int Actors()
    {
        var n = 0;
        foreach (var d in _docs) n += ActorRecognizer.Default.Recognize(d.Text, d.Published).Count;
        return n;
    }

    [Benchmark(Description = "dates")]
    public int Dates()
    {
        var n = 0;
        foreach (var d in _docs) n += _dates.Recognize(d.Text, new DateContext(d.Published, d.Period)).Count;
        return n;
    }

    [Benchmark(Description = "quantities")]
    public int Quantities()
    {
        var n = 0;
        foreach (var d in _docs) n += _quantities.Recognize(d.Text).Count;
        return n;
    }

    [Benchmark(Description = "recognise (annotator, all four)")]
    public int Recognise()
    {
        var n = 0;
        for (var i = 0; i < _docs.Length; i++) n += Annotator.Default.Annotate(_docs[i], _segments[i]).Places.Count;
        return n;
    }

    // Annotations made beforehand: extraction cuts the text into words itself here, as it does whenever the annotator's
    // cut is gone. Ingest annotates and extracts each document in turn, so extraction reuses that cut: the next row.
    [Benchmark(Description = "extract events (own cut into words)")]
    public int Extract()
    {
        var n = 0;
        for (var i = 0; i < _docs.Length; i++) n += EventExtractor.Default.Extract(_docs[i], _segments[i], _notes[i]).Count;
        return n;
    }

    [Benchmark(Description = "recognise + extract, as ingest runs them")]
    public int RecogniseAndExtract()
    {
        var n = 0;
        for (var i = 0; i < _docs.Length; i++)
            n += EventExtractor.Default.Extract(_docs[i], _segments[i], Annotator.Default.Annotate(_docs[i], _segments[i])).Count;
        return n;
    }

    [Benchmark(Description = "link the sample's mentions")]
    public int Link() => new EventLinker(ActorRegistry.Default).AddRange(_mentions).Count;
}
