<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleKind</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>简讯</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Editor&apos;s note</source>
        <translation>编者按</translation>
    </message>
</context>
<context>
    <name>ArticleSegmenter</name>
    <message>
        <source>Section heading printed over %1 lines joined</source>
        <translation>分 %1 行排印的小标题已合并</translation>
    </message>
    <message>
        <source>Headline without a body: %1</source>
        <translation>有标题无正文：%1</translation>
    </message>
    <message numerus="yes">
        <source>Passage of %n character(s) printed twice; the repeat is marked, not removed</source>
        <translation>
            <numerusform>一段 %n 字的文字重复排印；重复部分已标出，未删除</numerusform>
        </translation>
    </message>
    <message>
        <source>Article without a headline</source>
        <translation>稿件缺少标题</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) printed away from this headline moved under it</source>
        <translation>
            <numerusform>排在别处的 %n 段已移到此标题下</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph cut by a column break joined with its continuation</source>
        <translation>被分栏截断的段落已与其后续部分拼合</translation>
    </message>
    <message>
        <source>Section %1 appears more than once</source>
        <translation>第%1部分出现不止一次</translation>
    </message>
    <message>
        <source>Section %1 is missing</source>
        <translation>缺少第%1部分</translation>
    </message>
    <message>
        <source>Paragraph begins mid-sentence: it ends section %1, which is not on the page</source>
        <translation>段落从句中开始：它是第%1部分的结尾，而该部分不在本版面上</translation>
    </message>
    <message>
        <source>Numbered sections printed in the order %1 put back in the order %2</source>
        <translation>编号部分按 %1 的顺序排印，已恢复为 %2 的顺序</translation>
    </message>
    <message numerus="yes">
        <source>The body was printed wrapped around: its end, cut mid-sentence, continues in its first paragraph; %n paragraph(s) moved to the front</source>
        <translation>
            <numerusform>正文排印时首尾倒置：结尾在句中截断，接续于第一段；已将 %n 段移到前面</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph ends mid-sentence; its continuation was not found</source>
        <translation>段落在句中结束，未找到其后续部分</translation>
    </message>
</context>
<context>
    <name>ArticleTypesetter</name>
    <message numerus="yes">
        <source>Rejoined from %n part(s) cut by column breaks</source>
        <translation>
            <numerusform>由被分栏截断的 %n 段拼合</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends mid-sentence: its continuation was not found on the page</source>
        <translation>在句中结束：版面上未找到其后续部分</translation>
    </message>
    <message>
        <source>Begins mid-sentence: its beginning was not found on the page</source>
        <translation>从句中开始：版面上未找到其开头部分</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>(continued from %1)</source>
        <translation>（上接%1）</translation>
    </message>
    <message>
        <source>(continued on %1)</source>
        <translation>（下转%1）</translation>
    </message>
    <message>
        <source>rejoined</source>
        <translation>已拼合</translation>
    </message>
    <message>
        <source>heading joined</source>
        <translation>标题已合并</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>已调序</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移位</translation>
    </message>
    <message>
        <source>headline matched</source>
        <translation>已配题</translation>
    </message>
    <message>
        <source>printed twice</source>
        <translation>重复排印</translation>
    </message>
    <message>
        <source>source note split</source>
        <translation>来源已拆分</translation>
    </message>
    <message>
        <source>(%1, untitled)</source>
        <translation>（%1，无标题）</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>No pages open.
Open a folder of pages (Ctrl+Shift+O) or drop files here.</source>
        <translation>尚未打开版面。
打开一个版面文件夹（Ctrl+Shift+O），或把文件拖到这里。</translation>
    </message>
    <message>
        <source>Select an article in the corpus pane.</source>
        <translation>请在稿库面板中选择一篇稿件。</translation>
    </message>
</context>
<context>
    <name>BlockKind</name>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Brief lead</source>
        <translation>简讯导语</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>来源说明</translation>
    </message>
    <message>
        <source>Continuation mark</source>
        <translation>转版标记</translation>
    </message>
    <message>
        <source>Editor&apos;s note</source>
        <translation>编者按</translation>
    </message>
    <message>
        <source>Page furniture</source>
        <translation>版面装饰</translation>
    </message>
</context>
<context>
    <name>CorpusModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) belong to no article</source>
        <translation>
            <numerusform>%n 个文本块不属于任何稿件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Encoding: %2 (%3%)</source>
        <translation>%1
编码：%2（%3%）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>%1 warnings to check, %2 repairs the segmenter made; review status and tags will appear here</source>
        <translation>%1 需要核对的警告，%2 切分程序所做的修复；审稿状态和标签也将显示在这里</translation>
    </message>
    <message>
        <source>Paras</source>
        <translation>段数</translation>
    </message>
    <message>
        <source>Chars</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Paragraphs (section headings not counted)</source>
        <translation>段数（不计小标题）</translation>
    </message>
    <message>
        <source>Characters of the title and the text</source>
        <translation>标题和正文的字数</translation>
    </message>
</context>
<context>
    <name>CorpusPane</name>
    <message>
        <source>&amp;Sort:</source>
        <translation>排序(&amp;S)：</translation>
    </message>
    <message>
        <source>Page order</source>
        <translation>版面顺序</translation>
    </message>
    <message>
        <source>Title (pinyin)</source>
        <translation>标题（拼音）</translation>
    </message>
    <message>
        <source>Length (longest first)</source>
        <translation>篇幅（长者在前）</translation>
    </message>
    <message>
        <source>Pages and their articles. J/K: next/previous article; Shift+J/K: next/previous page.</source>
        <translation>版面及其稿件。J/K：下一篇/上一篇；Shift+J/K：下一版/上一版。</translation>
    </message>
</context>
<context>
    <name>FailedFilesDialog</name>
    <message>
        <source>Files that could not be opened</source>
        <translation>无法打开的文件</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened. The other files are open.</source>
        <translation>
            <numerusform>有 %n 个文件无法打开，其余文件已打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>C&amp;lear List</source>
        <translation>清空列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>在文中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>GazetteerLoader</name>
    <message>
        <source>Gazetteer file %1, line %2: expected %3 fields, found %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gazetteer has no provinces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazetteer file %1, line %2: unknown parent division.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gazetteer file HK-MO-TW.json: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded gazetteer file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>%1 (%2% sure)</source>
        <translation>%1（把握 %2%）</translation>
    </message>
    <message>
        <source>%1 (chosen by you)</source>
        <translation>%1（手动指定）</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message numerus="yes">
        <source>whole page, %n character(s)</source>
        <translation>
            <numerusform>整版，共 %n 字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) belong to no article</source>
        <translation>
            <numerusform>%n 个文本块不属于任何稿件</numerusform>
        </translation>
    </message>
    <message>
        <source>characters %1–%2 of the page</source>
        <translation>版面第 %1–%2 字</translation>
    </message>
    <message>
        <source>Code points from the start of the decoded page, as in exports</source>
        <translation>自版面解码文本开头起的码位数，与导出文件一致</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>版面：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Source range:</source>
        <translation>原文位置：</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>字数：</translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation>段数：</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>Repairs by the segmenter</source>
        <translation>切分程序所做的修复</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审稿</translation>
    </message>
    <message>
        <source>Tags, review status (first, second and final review), notes and annotations will appear here.</source>
        <translation>标签、审稿状态（初审 → 复审 → 终审）、批注和标注将显示在这里。</translation>
    </message>
    <message>
        <source>None: the text is as printed</source>
        <translation>无：文本与版面原样一致</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <source>Loading %1 of %2 files…</source>
        <translation>正在载入第 %1 个文件，共 %2 个…</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>停止载入</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Loading cancelled; %n page(s) open.</source>
        <translation>
            <numerusform>已取消载入；已打开 %n 个版面。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) open.</source>
        <translation>
            <numerusform>已打开 %n 个版面。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>稿件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>清除最近记录(&amp;C)</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding…</source>
        <translation>以指定编码重新打开(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find in Text…</source>
        <translation>在文中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一处(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一处(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Page View</source>
        <translation>版面视图(&amp;P)</translation>
    </message>
    <message>
        <source>Show the original page with the segmentation drawn over it</source>
        <translation>显示原始版面，并在其上标出切分结果</translation>
    </message>
    <message>
        <source>Focus &amp;Corpus</source>
        <translation>转到稿库(&amp;C)</translation>
    </message>
    <message>
        <source>Focus &amp;Reader</source>
        <translation>转到阅读区(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <source>Next Pa&amp;ge</source>
        <translation>下一版(&amp;G)</translation>
    </message>
    <message>
        <source>Previous P&amp;age</source>
        <translation>上一版(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;About Yuegao</source>
        <translation>关于阅稿(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>稿库</translation>
    </message>
    <message>
        <source>Show Corpus &amp;Pane</source>
        <translation>显示稿库面板(&amp;P)</translation>
    </message>
    <message>
        <source>Show &amp;Inspector</source>
        <translation>显示检查器(&amp;I)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>The article typeset for reading (F6 switches)</source>
        <translation>排版后的稿件，便于阅读（F6 切换）</translation>
    </message>
    <message>
        <source>The original page with blocks coloured by article (F6 switches)</source>
        <translation>原始版面，文本块按稿件着色（F6 切换）</translation>
    </message>
    <message>
        <source>Open Pages</source>
        <translation>打开版面</translation>
    </message>
    <message>
        <source>Page text files (*.txt);;All files (*)</source>
        <translation>版面文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a Folder of Pages</source>
        <translation>打开版面文件夹</translation>
    </message>
    <message>
        <source>Reopen with Encoding</source>
        <translation>以指定编码重新打开</translation>
    </message>
    <message>
        <source>Read “%1” as:</source>
        <translation>将“%1”按以下编码读取：</translation>
    </message>
    <message>
        <source>%1 — Yuegao</source>
        <translation>%1 — 阅稿</translation>
    </message>
    <message>
        <source>Yuegao</source>
        <translation>阅稿</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>About Yuegao</source>
        <translation>关于阅稿</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Yuegao %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for Chinese newspaper pages: it turns page dumps into clean articles an editor can read, check and mark.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;ICU %4, Unicode %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;阅稿 %1&lt;/h3&gt;&lt;p&gt;中文报纸版面的阅读与标注工具：把版面文本切分成干净的稿件，供编辑阅读、核对和标注。&lt;/p&gt;&lt;p&gt;Qt %2（编译时为 %3）&lt;br&gt;ICU %4，Unicode %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PageLoader</name>
    <message>
        <source>%1: file too large for a page (%2 bytes; the limit is %3 bytes)</source>
        <translation>%1：文件太大，不像是版面（%2 字节；上限为 %3 字节）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a directory, not a page file</source>
        <translation>%1：是文件夹，不是版面文件</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>NUL bytes at offset %1</source>
        <translation>偏移 %1 处有 NUL 字节</translation>
    </message>
    <message>
        <source>mostly control characters</source>
        <translation>大部分是控制字符</translation>
    </message>
    <message>
        <source>%1: not a text page (binary data: %2)</source>
        <translation>%1：不是文本版面（二进制数据：%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the file contains only white space</source>
        <translation>%1：文件只有空白字符</translation>
    </message>
</context>
<context>
    <name>PageTypesetter</name>
    <message>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>%1 of article %2: %3</source>
        <translation>第 %2 篇稿件的%1：%3</translation>
    </message>
    <message>
        <source>Page furniture (%1), not part of any article</source>
        <translation>版面装饰（%1），不属于任何稿件</translation>
    </message>
    <message>
        <source>Orphan: the segmenter could not place this %1 in an article</source>
        <translation>孤立文本：切分程序无法将此%1归入任何稿件</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>No page selected.</source>
        <translation>未选择版面。</translation>
    </message>
    <message>
        <source>article 1</source>
        <translation>稿件一</translation>
    </message>
    <message>
        <source>article 2</source>
        <translation>稿件二</translation>
    </message>
    <message>
        <source>article 3</source>
        <translation>稿件三</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>furniture, bylines</source>
        <translation>版面装饰、署名</translation>
    </message>
    <message>
        <source>orphan / cut</source>
        <translation>孤立 / 截断</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>repaired (dotted underline)</source>
        <translation>已修复（点状下划线）</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <source>Hover over the text to see each block&apos;s kind and article; click a block to open its article.</source>
        <translation>鼠标悬停可查看每个文本块的类型和所属稿件；单击文本块可打开其稿件。</translation>
    </message>
</context>
<context>
    <name>SegmentCommand</name>
    <message numerus="yes">
        <source>%1, confidence %2; %n article(s)</source>
        <translation>
            <numerusform>%1，把握 %2；%n 篇稿件</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>(continued from %1)</source>
        <translation>（上接%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n 段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair(s)</source>
        <translation>
            <numerusform>%n 处修复</numerusform>
        </translation>
    </message>
    <message>
        <source>furniture: </source>
        <translation>版面装饰：</translation>
    </message>
    <message>
        <source>orphan: </source>
        <translation>孤立文本：</translation>
    </message>
    <message>
        <source>Segment newspaper page dumps into articles.</source>
        <translation>把报纸版面文本切分成稿件。</translation>
    </message>
    <message>
        <source>Print JSON instead of an outline.</source>
        <translation>输出 JSON 而不是提纲。</translation>
    </message>
    <message>
        <source>Decode every file as NAME (e.g. GB18030, Big5).</source>
        <translation>按 NAME 编码解码所有文件（例如 GB18030、Big5）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Refuse files larger than SIZE (bytes, or with K, M, G; default 64M).</source>
        <translation>拒绝大于 SIZE 的文件（字节数，或带 K、M、G；默认 64M）。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Page files to segment.</source>
        <translation>要切分的版面文件。</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>FILE…</translation>
    </message>
    <message>
        <source>yuegao segment: no files given</source>
        <translation>yuegao segment：未指定文件</translation>
    </message>
    <message>
        <source>yuegao segment: unknown encoding &quot;%1&quot;</source>
        <translation>yuegao segment：未知编码“%1”</translation>
    </message>
    <message>
        <source>yuegao segment: invalid size &quot;%1&quot;</source>
        <translation>yuegao segment：无效的大小“%1”</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Reading text size:</source>
        <translation>阅读字号(&amp;R)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The text encoding could not be detected; the page was read as GB18030.</source>
        <translation>无法识别文本编码；已按 GB18030 读取该版面。</translation>
    </message>
    <message>
        <source>The text could not be converted from %1.</source>
        <translation>无法从 %1 转换文本。</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) in %1 replaced by U+FFFD; the first is at byte offset %2 (line %3).</source>
        <translation>
            <numerusform>%1 中有 %n 处无效字节序列，已替换为 U+FFFD；第一处位于字节偏移 %2（第 %3 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;: no converter of that name is available.</source>
        <translation>未知的文本编码“%1”：没有该名称的转换器。</translation>
    </message>
</context>
</TS>
