#pragma once

#include <QStringList>

/// Runs the desktop reader and returns the exit status.
///
/// `paths` are files and folders to open. With none, the first start opens
/// the bundled seed pages and later starts reopen what was open last.
/// Options for scripts and screenshots (not shown in --help): `--lang
/// zh|en|system` overrides the language for this run, `--view page|article`
/// picks the view, `--article N` selects the N-th article (1-based, in page
/// order), `--find TEXT` opens the find bar, `--dark` uses a dark palette,
/// `--size WxH` sets the window size, `--annotate` makes a few annotations
/// on the article shown (tags, labels, review steps) for screenshots. The caller must not have created a
/// QCoreApplication: this function creates the QApplication.
int runGui(int &argc, char **argv, const QStringList &paths);
