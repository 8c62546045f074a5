using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GanNotebooks.Training;

/// <summary>
/// Everything needed to continue a run exactly: options, position, metrics history, both
/// networks, both Adam states and the random states. Saved atomically, so that a crash during
/// the write leaves the previous checkpoint intact; loading checks the format, a SHA-256 of the
/// content and every parameter shape.
/// </summary>
public sealed class Checkpoint
{
    /// <summary>The format version this build writes and reads.</summary>
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "GANCKPT\n"u8.ToArray();
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly IReadOnlyList<string> parameters;
    private readonly byte[] state;

    private Checkpoint(
        GanOptions ganOptions,
        TrainerOptions trainerOptions,
        TrainingPosition position,
        IReadOnlyList<StepMetrics> history,
        IReadOnlyList<string> parameters,
        byte[] state)
    {
        GanOptions = ganOptions;
        TrainerOptions = trainerOptions;
        Position = position;
        History = history;
        this.parameters = parameters;
        this.state = state;
    }

    /// <summary>The settings the networks were built with.</summary>
    public GanOptions GanOptions { get; }

    /// <summary>The settings of the run that wrote the checkpoint.</summary>
    public TrainerOptions TrainerOptions { get; }

    /// <summary>Steps taken and the next batch to draw.</summary>
    public TrainingPosition Position { get; }

    /// <summary>The metrics of every step so far.</summary>
    public IReadOnlyList<StepMetrics> History { get; }

    /// <summary>Takes a snapshot of a run.</summary>
    /// <param name="gan">The networks and optimisers; their step count must match the position.</param>
    /// <param name="trainerOptions">The run's settings.</param>
    /// <param name="position">Where the run stands.</param>
    /// <param name="history">The metrics so far; copied.</param>
    /// <returns>The snapshot, in memory.</returns>
    public static Checkpoint Capture(
        Gan gan, TrainerOptions trainerOptions, TrainingPosition position, IEnumerable<StepMetrics> history)
    {
        ArgumentNullException.ThrowIfNull(gan);
        ArgumentNullException.ThrowIfNull(trainerOptions);
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(history);
        if (gan.Steps != position.Step)
        {
            throw new ArgumentException(
                $"Expected the networks at step {position.Step}, found them at step {gan.Steps}.",
                nameof(position));
        }

        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) gan.WriteState(writer);
        return new Checkpoint(
            gan.Options, trainerOptions, position, history.ToList(), gan.DescribeParameters(), buffer.ToArray());
    }

    /// <summary>Writes the checkpoint to a file atomically, replacing any earlier one.</summary>
    /// <param name="path">The checkpoint file.</param>
    public void Save(string path) => AtomicFile.Write(path, WriteTo);

    /// <summary>Writes the checkpoint to a stream: header, content, SHA-256 of the content.</summary>
    /// <param name="stream">Where to write; left open.</param>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] content = Content();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write((long)content.Length);
        writer.Write(content);
        writer.Write(SHA256.HashData(content));
    }

    /// <summary>Reads a checkpoint file.</summary>
    /// <param name="path">The checkpoint file.</param>
    /// <returns>The checkpoint, in memory.</returns>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a checkpoint, is truncated or corrupt.</exception>
    public static Checkpoint Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"No checkpoint at '{path}'.", path);
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>
    /// Builds the networks and optimisers from the checkpoint's options and restores their
    /// state, including the global torch random state.
    /// </summary>
    /// <returns>A pair the caller owns, at <see cref="Position"/>'s step.</returns>
    /// <exception cref="InvalidDataException">A parameter's name or shape does not match.</exception>
    public Gan CreateGan()
    {
        var gan = new Gan(GanOptions);
        try
        {
            var expected = gan.DescribeParameters();
            for (int i = 0; i < Math.Max(expected.Count, parameters.Count); i++)
            {
                string found = i < parameters.Count ? parameters[i] : "(nothing)";
                string wanted = i < expected.Count ? expected[i] : "(nothing)";
                if (found != wanted)
                {
                    throw new InvalidDataException(
                        $"Checkpoint parameter {i}: expected {wanted}, found {found}.");
                }
            }
            using var reader = new BinaryReader(new MemoryStream(state, writable: false));
            gan.ReadState(reader);
            return gan;
        }
        catch
        {
            gan.Dispose();
            throw;
        }
    }

    private byte[] Content()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(JsonSerializer.Serialize(GanOptions, Json));
            writer.Write(JsonSerializer.Serialize(TrainerOptions, Json));
            writer.Write(Position.Step);
            writer.Write(Position.Epoch);
            writer.Write(Position.Batch);
            CheckpointHistory.Write(writer, History);
            writer.Write(parameters.Count);
            foreach (string parameter in parameters) writer.Write(parameter);
            writer.Write(state.Length);
            writer.Write(state);
        }
        return buffer.ToArray();
    }

    private static Checkpoint Parse(byte[] file, string source)
    {
        int headerLength = Magic.Length + sizeof(int) + sizeof(long);
        if (file.Length < headerLength + 32 || !file.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException(
                $"'{source}' is not a GanNotebooks checkpoint: expected it to start with the "
                + $"checkpoint magic and hold at least {headerLength + 32} B, found {file.Length} B.");
        }

        int version = BitConverter.ToInt32(file, Magic.Length);
        if (version != FormatVersion)
        {
            throw new InvalidDataException(
                $"'{source}': expected checkpoint format version {FormatVersion}, found {version}.");
        }

        long length = BitConverter.ToInt64(file, Magic.Length + sizeof(int));
        if (length != file.Length - headerLength - 32)
        {
            throw new InvalidDataException(
                $"'{source}' is truncated or padded: the header announces {length} B of content, "
                + $"the file holds {file.Length - headerLength - 32} B.");
        }

        var content = file.AsSpan(headerLength, (int)length);
        if (!SHA256.HashData(content).AsSpan().SequenceEqual(file.AsSpan(headerLength + (int)length)))
        {
            throw new InvalidDataException($"'{source}' is corrupt: its SHA-256 does not match its content.");
        }

        using var reader = new BinaryReader(new MemoryStream(file, headerLength, (int)length, writable: false));
        string ganJson = reader.ReadString();
        var ganOptions = WithOlderBuildsSettings(Deserialize<GanOptions>(ganJson, source), ganJson);
        var trainerOptions = Deserialize<TrainerOptions>(reader.ReadString(), source);
        var position = new TrainingPosition(reader.ReadInt64(), reader.ReadInt32(), reader.ReadInt32());
        var history = CheckpointHistory.Read(reader, source);
        var parameters = new string[reader.ReadInt32()];
        for (int i = 0; i < parameters.Length; i++) parameters[i] = reader.ReadString();
        byte[] state = reader.ReadBytes(reader.ReadInt32());
        return new Checkpoint(ganOptions, trainerOptions, position, history, parameters, state);
    }

    /// <summary>
    /// A checkpoint written before <see cref="GanOptions.DiscriminatorSteps"/> existed was trained
    /// with one discriminator update per step; it resumes that way rather than with today's default.
    /// </summary>
    private static GanOptions WithOlderBuildsSettings(GanOptions options, string json)
    {
        using var document = JsonDocument.Parse(json);
        bool recorded = document.RootElement.TryGetProperty(nameof(GanOptions.DiscriminatorSteps), out _);
        return recorded ? options : options with { DiscriminatorSteps = 1 };
    }

    private static T Deserialize<T>(string json, string source) =>
        JsonSerializer.Deserialize<T>(json, Json)
        ?? throw new InvalidDataException($"'{source}': expected {typeof(T).Name} settings, found null.");
}
