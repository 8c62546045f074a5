using static TorchSharp.torch;

namespace GanNotebooks.Metrics.Inception;

/// <summary>The 3x3, stride-1 pools of the branch_pool paths, as the FID graph computes them.</summary>
internal static class InceptionPooling
{
    /// <summary>
    /// Average over the pixels inside the image only. NOTE: TensorFlow's average pool leaves the
    /// zero padding out of the mean; torchvision's Inception counts it, so the FID graph differs.
    /// </summary>
    public static Tensor ValidAverage(Tensor input) =>
        nn.functional.avg_pool2d(input, 3, stride: 1, padding: 1, count_include_pad: false);

    /// <summary>
    /// A 3x3 max pool. NOTE: the last block of the FID graph max-pools where the paper and
    /// torchvision average; the published weights were trained with it, so it is kept.
    /// </summary>
    public static Tensor Max(Tensor input) =>
        nn.functional.max_pool2d(input, 3, stride: 1, padding: 1);
}
