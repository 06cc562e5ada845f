// The scripted-play language: a line-based list of inputs and checks that drives the real game
// loop (see docs/scripting.md). Parsing lives here so it is tested without a window.
#pragma once

#include "core/Diagnostics.h"

#include <string>
#include <vector>

namespace acq {

struct ScriptCommand {
    enum class Kind {
        Window,     // window W H        : resize the window to W x H pixels
        Wait,       // wait SECONDS      : run frames, advancing the game clock by SECONDS
        Key,        // key NAME          : press and release a key (Shift+Tab, Ctrl+S, ...)
        Click,      // click X Y         : left click at window pixel X, Y
        ClickMap,   // click-map X Y     : left click at body-map coordinates X, Y
        ClickOn,    // click-on TARGET   : left click the centre of a named thing on screen
        DragOn,     // drag-on FROM TO   : press on one named thing, move in steps, release on another
        MoveMap,    // move-map X Y      : move the mouse over body-map coordinates X, Y
        Wheel,      // wheel STEPS       : turn the mouse wheel at the mouse position
        Screenshot, // screenshot FILE   : save the window as PNG
        ExpectText, // expect-text TEXT  : fail unless TEXT is part of some text on screen
        ExpectScene,// expect-scene NAME : fail unless the top scene is NAME
        ExpectLayout, // expect-layout    : fail listing every text too small, outside its panel or faint
        LayoutReport, // layout-report FILE : append those problems to FILE, each after the screen's name
        ExpectHelp, // expect-help "KEYS: ACTION" : fail unless the F1 help lists that hint
        Close,      // close             : close the window as the player would
        ClickAnswer,  // click-answer [DX DY] : click the asked point's spot, moved DX, DY cun
        ChooseAnswer, // choose-answer right|wrong : answer the naming or matching question
        Type,         // type TEXT           : type TEXT as the keyboard would (its characters, no keys)
        CopyFile,     // copy-file FROM TO     : copy FROM over TO (an author's edit before F5)
    };

    Kind kind;
    std::vector<std::string> words; // arguments as written (quotes removed)
    double x = 0.0;                 // numeric arguments, when the command takes them
    double y = 0.0;
    int line = 0;
};

struct Script {
    std::string file;
    std::vector<ScriptCommand> commands;
};

// Parses a whole script, reporting every bad line. A string argument may be quoted with "...".
Script parseScript(const std::string& text, const std::string& file, Diagnostics& diag);

} // namespace acq
