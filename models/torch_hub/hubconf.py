"""
Offline stand-in for the PyTorch Hub repos this corpus loads from.

The published hub repos (pytorch/vision, facebookresearch/deit, huawei-noah/ghostnet,
zhanghang1989/ResNeSt, rwightman/gen-efficientnet-pytorch, ...) download code and weights from
the internet. This hubconf.py exposes the same entry-point names, so the corpus scripts call the
real torch.hub.load API with source="local" and need no network: each entry point builds the
architecture with random weights, from torchvision.models (weights=None) or from
timm.create_model (pretrained=False). Keyword arguments are passed on to the constructor.
"""
dependencies = ["torch", "torchvision", "timm"]


def _torchvision(name, defaults, kwargs):
    import torchvision

    options = dict(defaults, weights=None)
    options.update(kwargs)
    return getattr(torchvision.models, name)(**options)


def _timm(name, kwargs):
    import timm

    options = {"pretrained": False}
    options.update(kwargs)
    return timm.create_model(name, **options)


def resnet18(**kwargs):
    """ResNet-18: torchvision.models.resnet18(weights=None), random weights."""
    return _torchvision("resnet18", {}, kwargs)


def resnet34(**kwargs):
    """ResNet-34: torchvision.models.resnet34(weights=None), random weights."""
    return _torchvision("resnet34", {}, kwargs)


def resnet50(**kwargs):
    """ResNet-50: torchvision.models.resnet50(weights=None), random weights."""
    return _torchvision("resnet50", {}, kwargs)


def resnet101(**kwargs):
    """ResNet-101: torchvision.models.resnet101(weights=None), random weights."""
    return _torchvision("resnet101", {}, kwargs)


def resnet152(**kwargs):
    """ResNet-152: torchvision.models.resnet152(weights=None), random weights."""
    return _torchvision("resnet152", {}, kwargs)


def resnext50_32x4d(**kwargs):
    """ResNeXt-50 32x4d: torchvision.models.resnext50_32x4d(weights=None), random weights."""
    return _torchvision("resnext50_32x4d", {}, kwargs)


def resnext101_32x8d(**kwargs):
    """ResNeXt-101 32x8d: torchvision.models.resnext101_32x8d(weights=None), random weights."""
    return _torchvision("resnext101_32x8d", {}, kwargs)


def resnext101_64x4d(**kwargs):
    """ResNeXt-101 64x4d: torchvision.models.resnext101_64x4d(weights=None), random weights."""
    return _torchvision("resnext101_64x4d", {}, kwargs)


def wide_resnet50_2(**kwargs):
    """Wide ResNet-50-2: torchvision.models.wide_resnet50_2(weights=None), random weights."""
    return _torchvision("wide_resnet50_2", {}, kwargs)


def wide_resnet101_2(**kwargs):
    """Wide ResNet-101-2: torchvision.models.wide_resnet101_2(weights=None), random weights."""
    return _torchvision("wide_resnet101_2", {}, kwargs)


def vgg11(**kwargs):
    """VGG-11: torchvision.models.vgg11(weights=None), random weights."""
    return _torchvision("vgg11", {}, kwargs)


def vgg11_bn(**kwargs):
    """VGG-11 with batch normalization: torchvision.models.vgg11_bn(weights=None), random weights."""
    return _torchvision("vgg11_bn", {}, kwargs)


def vgg13(**kwargs):
    """VGG-13: torchvision.models.vgg13(weights=None), random weights."""
    return _torchvision("vgg13", {}, kwargs)


def vgg13_bn(**kwargs):
    """VGG-13 with batch normalization: torchvision.models.vgg13_bn(weights=None), random weights."""
    return _torchvision("vgg13_bn", {}, kwargs)


def vgg16(**kwargs):
    """VGG-16: torchvision.models.vgg16(weights=None), random weights."""
    return _torchvision("vgg16", {}, kwargs)


def vgg16_bn(**kwargs):
    """VGG-16 with batch normalization: torchvision.models.vgg16_bn(weights=None), random weights."""
    return _torchvision("vgg16_bn", {}, kwargs)


def vgg19(**kwargs):
    """VGG-19: torchvision.models.vgg19(weights=None), random weights."""
    return _torchvision("vgg19", {}, kwargs)


def vgg19_bn(**kwargs):
    """VGG-19 with batch normalization: torchvision.models.vgg19_bn(weights=None), random weights."""
    return _torchvision("vgg19_bn", {}, kwargs)


def alexnet(**kwargs):
    """AlexNet: torchvision.models.alexnet(weights=None), random weights."""
    return _torchvision("alexnet", {}, kwargs)


def squeezenet1_0(**kwargs):
    """SqueezeNet 1.0: torchvision.models.squeezenet1_0(weights=None), random weights."""
    return _torchvision("squeezenet1_0", {}, kwargs)


def squeezenet1_1(**kwargs):
    """SqueezeNet 1.1: torchvision.models.squeezenet1_1(weights=None), random weights."""
    return _torchvision("squeezenet1_1", {}, kwargs)


def densenet121(**kwargs):
    """DenseNet-121: torchvision.models.densenet121(weights=None), random weights."""
    return _torchvision("densenet121", {}, kwargs)


def densenet161(**kwargs):
    """DenseNet-161: torchvision.models.densenet161(weights=None), random weights."""
    return _torchvision("densenet161", {}, kwargs)


def densenet169(**kwargs):
    """DenseNet-169: torchvision.models.densenet169(weights=None), random weights."""
    return _torchvision("densenet169", {}, kwargs)


def densenet201(**kwargs):
    """DenseNet-201: torchvision.models.densenet201(weights=None), random weights."""
    return _torchvision("densenet201", {}, kwargs)


def googlenet(**kwargs):
    """GoogLeNet (Inception v1, auxiliary classifiers off): torchvision.models.googlenet(weights=None, aux_logits=False, init_weights=True), random weights."""
    return _torchvision("googlenet", {"aux_logits": False, "init_weights": True}, kwargs)


def inception_v3(**kwargs):
    """Inception v3 (auxiliary classifier off): torchvision.models.inception_v3(weights=None, aux_logits=False, init_weights=True), random weights."""
    return _torchvision("inception_v3", {"aux_logits": False, "init_weights": True}, kwargs)


def mobilenet_v2(**kwargs):
    """MobileNetV2: torchvision.models.mobilenet_v2(weights=None), random weights."""
    return _torchvision("mobilenet_v2", {}, kwargs)


def mobilenet_v3_small(**kwargs):
    """MobileNetV3-Small: torchvision.models.mobilenet_v3_small(weights=None), random weights."""
    return _torchvision("mobilenet_v3_small", {}, kwargs)


def mobilenet_v3_large(**kwargs):
    """MobileNetV3-Large: torchvision.models.mobilenet_v3_large(weights=None), random weights."""
    return _torchvision("mobilenet_v3_large", {}, kwargs)


def mnasnet0_5(**kwargs):
    """MNASNet (depth multiplier 0.5): torchvision.models.mnasnet0_5(weights=None), random weights."""
    return _torchvision("mnasnet0_5", {}, kwargs)


def mnasnet0_75(**kwargs):
    """MNASNet (depth multiplier 0.75): torchvision.models.mnasnet0_75(weights=None), random weights."""
    return _torchvision("mnasnet0_75", {}, kwargs)


def mnasnet1_0(**kwargs):
    """MNASNet (depth multiplier 1.0): torchvision.models.mnasnet1_0(weights=None), random weights."""
    return _torchvision("mnasnet1_0", {}, kwargs)


def mnasnet1_3(**kwargs):
    """MNASNet (depth multiplier 1.3): torchvision.models.mnasnet1_3(weights=None), random weights."""
    return _torchvision("mnasnet1_3", {}, kwargs)


def shufflenet_v2_x0_5(**kwargs):
    """ShuffleNetV2 0.5x: torchvision.models.shufflenet_v2_x0_5(weights=None), random weights."""
    return _torchvision("shufflenet_v2_x0_5", {}, kwargs)


def shufflenet_v2_x1_0(**kwargs):
    """ShuffleNetV2 1.0x: torchvision.models.shufflenet_v2_x1_0(weights=None), random weights."""
    return _torchvision("shufflenet_v2_x1_0", {}, kwargs)


def shufflenet_v2_x1_5(**kwargs):
    """ShuffleNetV2 1.5x: torchvision.models.shufflenet_v2_x1_5(weights=None), random weights."""
    return _torchvision("shufflenet_v2_x1_5", {}, kwargs)


def shufflenet_v2_x2_0(**kwargs):
    """ShuffleNetV2 2.0x: torchvision.models.shufflenet_v2_x2_0(weights=None), random weights."""
    return _torchvision("shufflenet_v2_x2_0", {}, kwargs)


def efficientnet_b0(**kwargs):
    """EfficientNet-B0: torchvision.models.efficientnet_b0(weights=None), random weights."""
    return _torchvision("efficientnet_b0", {}, kwargs)


def efficientnet_b1(**kwargs):
    """EfficientNet-B1: torchvision.models.efficientnet_b1(weights=None), random weights."""
    return _torchvision("efficientnet_b1", {}, kwargs)


def efficientnet_b2(**kwargs):
    """EfficientNet-B2: torchvision.models.efficientnet_b2(weights=None), random weights."""
    return _torchvision("efficientnet_b2", {}, kwargs)


def efficientnet_b3(**kwargs):
    """EfficientNet-B3: torchvision.models.efficientnet_b3(weights=None), random weights."""
    return _torchvision("efficientnet_b3", {}, kwargs)


def efficientnet_b4(**kwargs):
    """EfficientNet-B4: torchvision.models.efficientnet_b4(weights=None), random weights."""
    return _torchvision("efficientnet_b4", {}, kwargs)


def efficientnet_b5(**kwargs):
    """EfficientNet-B5: torchvision.models.efficientnet_b5(weights=None), random weights."""
    return _torchvision("efficientnet_b5", {}, kwargs)


def efficientnet_b6(**kwargs):
    """EfficientNet-B6: torchvision.models.efficientnet_b6(weights=None), random weights."""
    return _torchvision("efficientnet_b6", {}, kwargs)


def efficientnet_b7(**kwargs):
    """EfficientNet-B7: torchvision.models.efficientnet_b7(weights=None), random weights."""
    return _torchvision("efficientnet_b7", {}, kwargs)


def efficientnet_v2_s(**kwargs):
    """EfficientNetV2-S: torchvision.models.efficientnet_v2_s(weights=None), random weights."""
    return _torchvision("efficientnet_v2_s", {}, kwargs)


def efficientnet_v2_m(**kwargs):
    """EfficientNetV2-M: torchvision.models.efficientnet_v2_m(weights=None), random weights."""
    return _torchvision("efficientnet_v2_m", {}, kwargs)


def efficientnet_v2_l(**kwargs):
    """EfficientNetV2-L: torchvision.models.efficientnet_v2_l(weights=None), random weights."""
    return _torchvision("efficientnet_v2_l", {}, kwargs)


def regnet_x_400mf(**kwargs):
    """RegNetX-400MF: torchvision.models.regnet_x_400mf(weights=None), random weights."""
    return _torchvision("regnet_x_400mf", {}, kwargs)


def regnet_x_800mf(**kwargs):
    """RegNetX-800MF: torchvision.models.regnet_x_800mf(weights=None), random weights."""
    return _torchvision("regnet_x_800mf", {}, kwargs)


def regnet_x_1_6gf(**kwargs):
    """RegNetX-1.6GF: torchvision.models.regnet_x_1_6gf(weights=None), random weights."""
    return _torchvision("regnet_x_1_6gf", {}, kwargs)


def regnet_x_3_2gf(**kwargs):
    """RegNetX-3.2GF: torchvision.models.regnet_x_3_2gf(weights=None), random weights."""
    return _torchvision("regnet_x_3_2gf", {}, kwargs)


def regnet_x_8gf(**kwargs):
    """RegNetX-8GF: torchvision.models.regnet_x_8gf(weights=None), random weights."""
    return _torchvision("regnet_x_8gf", {}, kwargs)


def regnet_x_16gf(**kwargs):
    """RegNetX-16GF: torchvision.models.regnet_x_16gf(weights=None), random weights."""
    return _torchvision("regnet_x_16gf", {}, kwargs)


def regnet_x_32gf(**kwargs):
    """RegNetX-32GF: torchvision.models.regnet_x_32gf(weights=None), random weights."""
    return _torchvision("regnet_x_32gf", {}, kwargs)


def regnet_y_400mf(**kwargs):
    """RegNetY-400MF: torchvision.models.regnet_y_400mf(weights=None), random weights."""
    return _torchvision("regnet_y_400mf", {}, kwargs)


def regnet_y_800mf(**kwargs):
    """RegNetY-800MF: torchvision.models.regnet_y_800mf(weights=None), random weights."""
    return _torchvision("regnet_y_800mf", {}, kwargs)


def regnet_y_1_6gf(**kwargs):
    """RegNetY-1.6GF: torchvision.models.regnet_y_1_6gf(weights=None), random weights."""
    return _torchvision("regnet_y_1_6gf", {}, kwargs)


def regnet_y_3_2gf(**kwargs):
    """RegNetY-3.2GF: torchvision.models.regnet_y_3_2gf(weights=None), random weights."""
    return _torchvision("regnet_y_3_2gf", {}, kwargs)


def regnet_y_8gf(**kwargs):
    """RegNetY-8GF: torchvision.models.regnet_y_8gf(weights=None), random weights."""
    return _torchvision("regnet_y_8gf", {}, kwargs)


def regnet_y_16gf(**kwargs):
    """RegNetY-16GF: torchvision.models.regnet_y_16gf(weights=None), random weights."""
    return _torchvision("regnet_y_16gf", {}, kwargs)


def regnet_y_32gf(**kwargs):
    """RegNetY-32GF: torchvision.models.regnet_y_32gf(weights=None), random weights."""
    return _torchvision("regnet_y_32gf", {}, kwargs)


def regnet_y_128gf(**kwargs):
    """RegNetY-128GF: torchvision.models.regnet_y_128gf(weights=None), random weights."""
    return _torchvision("regnet_y_128gf", {}, kwargs)


def convnext_tiny(**kwargs):
    """ConvNeXt-Tiny: torchvision.models.convnext_tiny(weights=None), random weights."""
    return _torchvision("convnext_tiny", {}, kwargs)


def convnext_small(**kwargs):
    """ConvNeXt-Small: torchvision.models.convnext_small(weights=None), random weights."""
    return _torchvision("convnext_small", {}, kwargs)


def convnext_base(**kwargs):
    """ConvNeXt-Base: torchvision.models.convnext_base(weights=None), random weights."""
    return _torchvision("convnext_base", {}, kwargs)


def convnext_large(**kwargs):
    """ConvNeXt-Large: torchvision.models.convnext_large(weights=None), random weights."""
    return _torchvision("convnext_large", {}, kwargs)


def vit_b_16(**kwargs):
    """Vision Transformer ViT-B/16: torchvision.models.vit_b_16(weights=None), random weights."""
    return _torchvision("vit_b_16", {}, kwargs)


def vit_b_32(**kwargs):
    """Vision Transformer ViT-B/32: torchvision.models.vit_b_32(weights=None), random weights."""
    return _torchvision("vit_b_32", {}, kwargs)


def vit_l_16(**kwargs):
    """Vision Transformer ViT-L/16: torchvision.models.vit_l_16(weights=None), random weights."""
    return _torchvision("vit_l_16", {}, kwargs)


def vit_l_32(**kwargs):
    """Vision Transformer ViT-L/32: torchvision.models.vit_l_32(weights=None), random weights."""
    return _torchvision("vit_l_32", {}, kwargs)


def vit_h_14(**kwargs):
    """Vision Transformer ViT-H/14: torchvision.models.vit_h_14(weights=None), random weights."""
    return _torchvision("vit_h_14", {}, kwargs)


def swin_t(**kwargs):
    """Swin-T (Swin Transformer): torchvision.models.swin_t(weights=None), random weights."""
    return _torchvision("swin_t", {}, kwargs)


def swin_s(**kwargs):
    """Swin-S (Swin Transformer): torchvision.models.swin_s(weights=None), random weights."""
    return _torchvision("swin_s", {}, kwargs)


def swin_b(**kwargs):
    """Swin-B (Swin Transformer): torchvision.models.swin_b(weights=None), random weights."""
    return _torchvision("swin_b", {}, kwargs)


def swin_v2_t(**kwargs):
    """Swin-V2-T (Swin Transformer): torchvision.models.swin_v2_t(weights=None), random weights."""
    return _torchvision("swin_v2_t", {}, kwargs)


def swin_v2_s(**kwargs):
    """Swin-V2-S (Swin Transformer): torchvision.models.swin_v2_s(weights=None), random weights."""
    return _torchvision("swin_v2_s", {}, kwargs)


def swin_v2_b(**kwargs):
    """Swin-V2-B (Swin Transformer): torchvision.models.swin_v2_b(weights=None), random weights."""
    return _torchvision("swin_v2_b", {}, kwargs)


def maxvit_t(**kwargs):
    """MaxViT-T: torchvision.models.maxvit_t(weights=None), random weights."""
    return _torchvision("maxvit_t", {}, kwargs)


def deit_tiny_patch16_224(**kwargs):
    """DeiT-Tiny/16 (data-efficient image transformer): timm.create_model("deit_tiny_patch16_224", pretrained=False), random weights."""
    return _timm("deit_tiny_patch16_224", kwargs)


def deit_small_patch16_224(**kwargs):
    """DeiT-Small/16 (data-efficient image transformer): timm.create_model("deit_small_patch16_224", pretrained=False), random weights."""
    return _timm("deit_small_patch16_224", kwargs)


def deit_base_patch16_224(**kwargs):
    """DeiT-Base/16 (data-efficient image transformer): timm.create_model("deit_base_patch16_224", pretrained=False), random weights."""
    return _timm("deit_base_patch16_224", kwargs)


def ghostnet_100(**kwargs):
    """GhostNet 1.0x: timm.create_model("ghostnet_100", pretrained=False), random weights."""
    return _timm("ghostnet_100", kwargs)


def hrnet_w18_small(**kwargs):
    """HRNet-W18-Small (high-resolution network classifier): timm.create_model("hrnet_w18_small", pretrained=False), random weights."""
    return _timm("hrnet_w18_small", kwargs)


def hrnet_w18(**kwargs):
    """HRNet-W18 (high-resolution network classifier): timm.create_model("hrnet_w18", pretrained=False), random weights."""
    return _timm("hrnet_w18", kwargs)


def dpn68(**kwargs):
    """DPN-68 (dual path network): timm.create_model("dpn68", pretrained=False), random weights."""
    return _timm("dpn68", kwargs)


def dpn92(**kwargs):
    """DPN-92 (dual path network): timm.create_model("dpn92", pretrained=False), random weights."""
    return _timm("dpn92", kwargs)


def spnasnet_100(**kwargs):
    """Single-Path NAS network 1.0x: timm.create_model("spnasnet_100", pretrained=False), random weights."""
    return _timm("spnasnet_100", kwargs)


def mixnet_s(**kwargs):
    """MixNet-S (mixed depthwise kernels): timm.create_model("mixnet_s", pretrained=False), random weights."""
    return _timm("mixnet_s", kwargs)


def mixnet_m(**kwargs):
    """MixNet-M (mixed depthwise kernels): timm.create_model("mixnet_m", pretrained=False), random weights."""
    return _timm("mixnet_m", kwargs)


def fbnetc_100(**kwargs):
    """FBNet-C 1.0x: timm.create_model("fbnetc_100", pretrained=False), random weights."""
    return _timm("fbnetc_100", kwargs)


def semnasnet_100(**kwargs):
    """MNASNet-A1 1.0x with squeeze-excitation: timm.create_model("semnasnet_100", pretrained=False), random weights."""
    return _timm("semnasnet_100", kwargs)


def dla34(**kwargs):
    """DLA-34 (deep layer aggregation): timm.create_model("dla34", pretrained=False), random weights."""
    return _timm("dla34", kwargs)


def res2net50_26w_4s(**kwargs):
    """Res2Net-50 26w-4s (multi-scale residual blocks): timm.create_model("res2net50_26w_4s", pretrained=False), random weights."""
    return _timm("res2net50_26w_4s", kwargs)


def ese_vovnet19b_dw(**kwargs):
    """ESE-VoVNet-19b-DW (one-shot aggregation with effective squeeze-excitation): timm.create_model("ese_vovnet19b_dw", pretrained=False), random weights."""
    return _timm("ese_vovnet19b_dw", kwargs)


def inception_v4(**kwargs):
    """Inception v4: timm.create_model("inception_v4", pretrained=False), random weights."""
    return _timm("inception_v4", kwargs)
