#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# The app through the real accessibility bus, as Orca reads it: pyatspi walks the tree and listens to the events of
# gong-directory running under Xvfb (run by run-with-a11y-bus.sh). A screen-reader user's four jobs:
#   1. find "maria": type the query, press Down; the focus lands on her cell in People, not in the hidden org chart;
#   2. read her settings in Details: each value is labelled by its setting;
#   3. export: Ctrl+E, a file name, Export; an alert says what was written;
#   4. connect: a load that Gong refuses raises an alert with the error; a failed connection test too.
# Every wait is for a state or an event (with a generous limit), never a fixed time. Prints what Orca would speak.
# Usage: atspi_e2e.py <gong-directory binary>
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time

import pyatspi
from gi.repository import GLib

APP = sys.argv[1]
EVENTS = []  # (type, role, name, detail1, text below)


def text_below(acc, depth=0):
    if acc is None or depth > 4:
        return ""
    parts = [acc.name or ""]
    try:
        if acc.getRole() not in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE):
            for i in range(min(acc.childCount, 30)):
                child = acc.getChildAtIndex(i)
                if child is not None and child.getState().contains(pyatspi.STATE_SHOWING):
                    parts.append(text_below(child, depth + 1))
    except Exception:  # an object gone while it was read
        pass
    return " ".join(p for p in parts if p)


def on_event(event):
    try:
        src = event.source
        EVENTS.append((event.type, src.getRole(), src.name or "", event.detail1,
                       text_below(src) if src.getRole() == pyatspi.ROLE_ALERT else ""))
    except Exception:
        pass


for kind in ("object:state-changed:focused", "object:state-changed:showing", "object:state-changed:checked"):
    pyatspi.Registry.registerEventListener(on_event, kind)


def pump():
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def wait_for(what, predicate, timeout=30.0):
    """Waits until predicate() returns something true (events are delivered meanwhile); fails naming `what`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pump()
        try:
            result = predicate()
        except Exception:  # the tree changes while it is read
            result = None
        if result:
            return result
        GLib.MainContext.default().iteration(False) or time.sleep(0.02)
    fail("timed out waiting for " + what)


def fail(message):
    print("FAIL: " + message, flush=True)
    for e in EVENTS[-8:]:
        print("  event: %s %s '%s' %s %s" % (e[0], pyatspi.Role(e[1]), e[2], e[3], e[4]), flush=True)
    sys.exit(1)


def find(root, predicate, skip_views=True):
    """Breadth-first; the cells of tables and trees are skipped (thousands of them) unless asked for."""
    queue = [root]
    while queue:
        acc = queue.pop(0)
        if acc is None:
            continue
        if predicate(acc):
            return acc
        role = acc.getRole()
        if skip_views and role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE,
                                   pyatspi.ROLE_LIST):
            continue
        for i in range(acc.childCount):
            queue.append(acc.getChildAtIndex(i))
    return None


def by(role, name=None, starts=None):
    return lambda a: a.getRole() == role and (name is None or a.name == name) and (
        starts is None or (a.name or "").startswith(starts))


def application(name):
    def look():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name and app.childCount > 0:
                return app
        return None
    return wait_for("the application on the accessibility bus", look)


def key(name):
    """A key press as the keyboard makes it (XTest, to the focused window), e.g. "Down", "ctrl+e"."""
    subprocess.run(["xdotool", "key", name], check=True)


def press(button):
    action = button.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("Press", "press", "click"):
            action.doAction(i)
            return
    fail("no press action on " + button.name)


def activate(window):
    """No window manager on Xvfb: the keyboard goes to the window xdotool focuses, as a desktop would on a click."""
    title = window.name

    def focus():
        subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^%s$" % title, "windowfocus"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        return window.getState().contains(pyatspi.STATE_ACTIVE)
    wait_for("the window to be active", focus)


def set_text(edit, text):
    edit.queryComponent().grabFocus()
    edit.queryEditableText().setTextContents(text)


def focus_events_since(index):
    return [e for e in EVENTS[index:] if e[0] == "object:state-changed:focused" and e[3] == 1]


def alerts_since(index):
    return [e for e in EVENTS[index:] if e[0] == "object:state-changed:showing" and e[3] == 1
            and e[1] == pyatspi.ROLE_ALERT]


def say(job, text):
    print("ORCA %s: %s" % (job, text), flush=True)


def start(args, env_extra):
    home = tempfile.mkdtemp()
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/config", XDG_DATA_HOME=home + "/data",
               XDG_CACHE_HOME=home + "/cache", LANGUAGE="en", LC_ALL="C.UTF-8")
    env.update(env_extra)
    return subprocess.Popen([APP] + args, env=env), home


def demo_jobs():
    proc, home = start(["--demo=300", "--rate=50"], {})
    try:
        app = application("gong-directory")
        window = wait_for("the main window", lambda: find(app, by(pyatspi.ROLE_FRAME)))
        wait_for("the load to finish",
                 lambda: find(window, by(pyatspi.ROLE_LABEL, "Loading state: Up to date")))
        search = wait_for("the search field", lambda: find(window, by(pyatspi.ROLE_TEXT, "Search")))
        table = find(window, by(pyatspi.ROLE_TABLE, "People"))
        org = find(window, by(pyatspi.ROLE_TREE_TABLE, "Org chart")) or find(window, by(pyatspi.ROLE_TREE,
                                                                                         "Org chart"))
        # 1. Find "maria": type, Down. (No window manager on Xvfb: the window is activated through its interface.)
        activate(window)
        wait_for("the search field to have the focus",
                 lambda: (search.queryComponent().grabFocus(),
                          search.getState().contains(pyatspi.STATE_FOCUSED))[1])
        set_text(search, "maria")
        count = wait_for("the count of the matches", lambda: find(
            window, lambda a: a.getRole() == pyatspi.ROLE_LABEL and (a.name or "").startswith("Users loaded: ")
            and " of " in a.name))
        say("find", "status bar: " + count.name)
        mark = len(EVENTS)
        key("Down")
        cell = wait_for("the focus on a person's cell", lambda: [
            e for e in focus_events_since(mark) if e[1] == pyatspi.ROLE_TABLE_CELL and "Maria" in e[2]])
        focused = focus_events_since(mark)
        if focused[-1][1] != pyatspi.ROLE_TABLE_CELL or "Maria" not in focused[-1][2]:
            fail("the last focus went to %s '%s', not to her cell" % (pyatspi.Role(focused[-1][1]), focused[-1][2]))
        # Her cell is in People, not in the hidden org chart: the table holds the focused cell.
        current = table.queryTable()
        holder = None
        for i in range(min(current.nRows, 5)):
            c = current.getAccessibleAt(i, 0)
            if c is not None and c.getState().contains(pyatspi.STATE_FOCUSED):
                holder = c
        if holder is None or "Maria" not in holder.name:
            fail("no focused Maria cell in People")
        org_focus = [e for e in focused if e[1] in (pyatspi.ROLE_TREE_ITEM, pyatspi.ROLE_TABLE_COLUMN_HEADER)]
        if org_focus:
            fail("the hidden org chart took the focus: %s" % (org_focus,))
        say("find", "%s, table cell (People, row 1)" % cell[-1][2])

        # 2. Her settings, each read with its setting's name (labelled-by).
        details = find(window, by(pyatspi.ROLE_PANEL, "Details"))
        if details is None:
            fail("no panel named Details (the dock)")
        value = wait_for("a setting in Details", lambda: find(
            details, lambda a: a.getRole() == pyatspi.ROLE_LABEL and (a.name or "").startswith(
                "Web conferences recorded: ")))
        labels = [t.name for r in value.getRelationSet() if r.getRelationType() == pyatspi.RELATION_LABELLED_BY
                  for t in (r.getTarget(i) for i in range(r.getNTargets()))]
        if "Web conferences recorded" not in labels:
            fail("the setting's value is not labelled by its setting: %s" % labels)
        settings = []
        for name in ("Web conferences recorded", "Prevents web-conference recording", "Telephony calls imported",
                     "Emails imported", "Gong Connect enabled"):
            v = find(details, lambda a, n=name: a.getRole() == pyatspi.ROLE_LABEL
                     and (a.name or "").startswith(n + ": "))
            if v is None:
                fail("no value for " + name)
            settings.append(v.name)
        say("settings", "; ".join(settings))

        # 3. Export: Ctrl+E, a file, Export.
        mark = len(EVENTS)
        key("ctrl+e")
        dialog = wait_for("the export dialog", lambda: find(app, by(pyatspi.ROLE_DIALOG, "Export People")))
        path = os.path.join(home, "people.csv")
        set_text(find(dialog, by(pyatspi.ROLE_TEXT, "File")), path)
        press(wait_for("the Export button", lambda: find(dialog, by(pyatspi.ROLE_PUSH_BUTTON, "Export"))))
        alert = wait_for("an export alert", lambda: [a for a in alerts_since(mark) if "Exported" in a[4]])
        if not os.path.exists(path):
            fail("no file written")
        say("export", "%s alert" % alert[-1][4])
    finally:
        proc.terminate()
        proc.wait(10)


class Refusing(http.server.BaseHTTPRequestHandler):
    """A Gong that refuses every key."""

    def do_GET(self):
        body = b'{"requestId":"a11y","errors":["Unauthorized: the access key is not valid"]}'
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def connection_jobs():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refusing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = "http://127.0.0.1:%d" % server.server_address[1]
    mark = len(EVENTS)
    proc, _ = start([], {"GONG_BASE_URL": url, "GONG_ACCESS_KEY": "key", "GONG_ACCESS_KEY_SECRET": "wrong"})
    try:
        app = application("gong-directory")
        alert = wait_for("the error banner's alert", lambda: [a for a in alerts_since(mark) if "401" in a[4]
                                                              or "rejected" in a[4].lower()])
        say("load error", "%s alert" % alert[-1][4])
        # The connection test in Connection Settings.
        window = find(app, by(pyatspi.ROLE_FRAME))
        activate(window)
        key("ctrl+comma")
        dialog = wait_for("Connection Settings", lambda: find(app, lambda a: a.getRole() == pyatspi.ROLE_DIALOG))
        set_text(find(dialog, by(pyatspi.ROLE_TEXT, "Base URL:")) or
                 find(dialog, lambda a: a.getRole() == pyatspi.ROLE_TEXT and "e.g." not in (a.name or "")
                      and (a.name or "").startswith("Base")), url)
        set_text(find(dialog, lambda a: a.getRole() == pyatspi.ROLE_TEXT and (a.name or "").startswith(
            "Access key")), "key")
        secret = find(dialog, lambda a: a.getRole() in (pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_TEXT)
                      and a.name == "Access key secret")
        set_text(secret, "wrong")
        mark = len(EVENTS)
        press(find(dialog, by(pyatspi.ROLE_PUSH_BUTTON, "Test connection")))
        alert = wait_for("the connection test's alert", lambda: [a for a in alerts_since(mark)
                                                                 if a[4].startswith("Connection failed")])
        say("connection test", "%s alert" % alert[-1][4])
    finally:
        proc.terminate()
        proc.wait(10)
        server.shutdown()


demo_jobs()
connection_jobs()
print("PASS", flush=True)
