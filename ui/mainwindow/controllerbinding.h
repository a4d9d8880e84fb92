#pragma once

// Connects the hosts window to the engine's controller: engine signals to the window's on*
// slots, the window's requests to the controller's methods. Kept apart from MainWindow so the
// window (and its tests) do not depend on the engine.

class MainWindow;
class MonitorController;

namespace ControllerBinding {
void bind(MainWindow *window, MonitorController *controller);
}
