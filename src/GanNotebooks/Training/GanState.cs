using TorchSharp;
using static TorchSharp.torch;

namespace GanNotebooks.Training;

/// <summary>Writing and restoring everything a resumed run needs to continue exactly.</summary>
public sealed partial class Gan
{
    /// <summary>
    /// Writes the full training state: step count, both networks' weights, both Adam states,
    /// the global torch random state (dropout) and the latent stream's state.
    /// </summary>
    /// <param name="writer">Where to write; the caller owns it.</param>
    public void WriteState(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Steps);
        Generator.save(writer);
        Discriminator.save(writer);
        generatorOptimizer.save_state_dict(writer);
        discriminatorOptimizer.save_state_dict(writer);
        using (var global = random.get_rng_state()) WriteBytes(writer, global);
        using (var latent = latentRandom.get_state()) WriteBytes(writer, latent);
    }

    /// <summary>
    /// Restores a state written by <see cref="WriteState"/> from a pair built with the same
    /// options. Replaces the global torch random state as well.
    /// </summary>
    /// <param name="reader">Where to read from; the caller owns it.</param>
    /// <exception cref="InvalidDataException">The state does not fit these networks.</exception>
    public void ReadState(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        long steps = reader.ReadInt64();
        if (steps < 0) throw new InvalidDataException($"Expected a step count >= 0, found {steps}.");

        Generator.load(reader, strict: true);
        Discriminator.load(reader, strict: true);
        generatorOptimizer.load_state_dict(reader);
        discriminatorOptimizer.load_state_dict(reader);
        using (var global = ReadBytes(reader)) random.set_rng_state(global);
        using (var latent = ReadBytes(reader)) latentRandom.set_state(latent);
        Steps = steps;
    }

    /// <summary>The name and shape of every parameter of both networks, for checking a file.</summary>
    /// <returns>E.g. <c>generator.dense.weight [6272, 100]</c>, one entry per parameter.</returns>
    public IReadOnlyList<string> DescribeParameters()
    {
        var list = new List<string>();
        foreach (var (name, parameter) in Generator.named_parameters())
            list.Add($"generator.{name} [{string.Join(", ", parameter.shape)}]");
        foreach (var (name, parameter) in Discriminator.named_parameters())
            list.Add($"discriminator.{name} [{string.Join(", ", parameter.shape)}]");
        return list;
    }

    private static void WriteBytes(BinaryWriter writer, Tensor state)
    {
        byte[] bytes = state.to_type(ScalarType.Byte).data<byte>().ToArray();
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private static Tensor ReadBytes(BinaryReader reader)
    {
        int length = reader.ReadInt32();
        if (length < 1 || length > 1 << 20)
            throw new InvalidDataException($"Expected a random state of 1 B to 1 MB, found {length} B.");
        byte[] bytes = reader.ReadBytes(length);
        if (bytes.Length != length)
            throw new InvalidDataException($"Expected {length} B of random state, found {bytes.Length}.");
        return tensor(bytes, ScalarType.Byte);
    }
}
