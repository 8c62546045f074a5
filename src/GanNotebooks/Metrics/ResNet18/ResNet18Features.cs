using GanNotebooks.Models;
using Microsoft.ML.OnnxRuntime;
using static TorchSharp.torch;

namespace GanNotebooks.Metrics.ResNet18;

/// <summary>
/// ImageNet ResNet-18 features (512-d, after global average pooling) of 28x28 grayscale
/// images, from the ONNX graphs of the NuGet package Microsoft.ML.DnnImageFeaturizer.ResNet18,
/// run with ONNX Runtime on the CPU.
/// </summary>
/// <remarks>
/// Each image is resized bilinearly to 224x224, mapped from [-1, 1] to the [0, 255] pixel
/// scale, replicated to three channels, and passed through the package's own preprocessing
/// graph (RGB to BGR, minus a 224x224 ImageNet mean image) before the network.
/// NOTE: both graphs fix the batch dimension at 1, so images run one at a time.
/// </remarks>
public sealed class ResNet18Features : IFeatureExtractor, IDisposable
{
    private const int Side = 224;
    private readonly InferenceSession preprocess;
    private readonly InferenceSession network;
    private readonly RunOptions runOptions = new();

    /// <summary>Opens the two ONNX graphs.</summary>
    /// <param name="files">
    /// Where the graphs lie; found with <see cref="ResNet18Files.Find"/> when omitted.
    /// </param>
    /// <exception cref="Data.DataFileException">The files are missing or cannot be loaded.</exception>
    public ResNet18Features(ResNet18Files? files = null)
    {
        Files = files ?? ResNet18Files.Find();
        preprocess = Open(Files.PreprocessPath);
        try
        {
            network = Open(Files.ModelPath);
        }
        catch
        {
            preprocess.Dispose();
            runOptions.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public string Name => "resnet18";

    /// <inheritdoc />
    public int FeatureSize => 512;

    /// <summary>The ONNX files in use.</summary>
    public ResNet18Files Files { get; }

    /// <inheritdoc />
    public Tensor Features(Tensor images)
    {
        Discriminator.CheckImages(images, nameof(images));
        int count = checked((int)images.shape[0]);
        var pixels = Pixels(images);
        var features = new float[count * FeatureSize];
        long[] shape = [1, 3, Side, Side];
        int imageSize = 3 * Side * Side;

        for (int n = 0; n < count; n++)
        {
            using var input = OrtValue.CreateTensorValueFromMemory(
                OrtMemoryInfo.DefaultInstance, pixels.AsMemory(n * imageSize, imageSize), shape);
            using var prepared = preprocess.Run(
                runOptions, ["OriginalInput"], [input], ["PreprocessedInput"]);
            using var pooled = network.Run(
                runOptions, ["Input247"], [prepared[0]], ["Pooling395_Output_0"]);
            pooled[0].GetTensorDataAsSpan<float>().CopyTo(features.AsSpan(n * FeatureSize));
        }
        return tensor(features).reshape(count, FeatureSize);
    }

    /// <summary>Releases the ONNX Runtime sessions.</summary>
    public void Dispose()
    {
        network.Dispose();
        preprocess.Dispose();
        runOptions.Dispose();
    }

    private static float[] Pixels(Tensor images)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var resized = nn.functional.interpolate(
            images.expand(-1, 3, -1, -1), [Side, Side],
            mode: InterpolationMode.Bilinear, align_corners: false);
        return ((resized + 1) * 127.5).contiguous().data<float>().ToArray();
    }

    private static InferenceSession Open(string path)
    {
        try
        {
            return new InferenceSession(path);
        }
        catch (OnnxRuntimeException e)
        {
            throw new Data.DataFileException(
                path, $"{path}: ONNX Runtime cannot load it: {e.Message}", e);
        }
    }
}
