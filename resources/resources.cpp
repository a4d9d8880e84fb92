// The resources are registered by the object library qt_add_resources() creates; this file only
// gives the static library a translation unit of its own.
namespace PingtoolResources {
int version()
{
    return 1;
}
} // namespace PingtoolResources
