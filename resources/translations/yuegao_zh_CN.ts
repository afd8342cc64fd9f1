<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationController</name>
    <message>
        <source>There is no label %1; add labels in Annotate ▸ Edit Labels…</source>
        <translation>没有第 %1 个标签；请在“标注 ▸ 编辑标签…”中添加。</translation>
    </message>
    <message>
        <source>Select some text of the page first.</source>
        <translation>请先在版面中选中文字。</translation>
    </message>
    <message numerus="yes">
        <source>Label as %1 (%n part(s) across a column break)</source>
        <translation>
            <numerusform>标注为%1（跨栏，共 %n 段）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n article(s) %1</source>
        <translation>
            <numerusform>为 %n 篇稿件加标签 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected articles have no tags.</source>
        <translation>所选稿件没有标签。</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>没有标签 %1。</translation>
    </message>
    <message>
        <source>Click a highlighted label first.</source>
        <translation>请先单击一处标注。</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation>对“%1”的批注：</translation>
    </message>
    <message>
        <source>Put the cursor in the paragraph that should begin the new article.</source>
        <translation>请把光标放在新稿件开头的那一段。</translation>
    </message>
    <message>
        <source>This is the last article of its page: there is nothing to merge it with.</source>
        <translation>这是本版最后一篇稿件，没有可合并的下一篇。</translation>
    </message>
    <message>
        <source>Change Block Kind</source>
        <translation>更改文本块类型</translation>
    </message>
    <message>
        <source>This block (now: %1) is a:</source>
        <translation>此文本块（当前：%1）实际是：</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无题）</translation>
    </message>
    <message>
        <source>Move Block to Article</source>
        <translation>移动文本块到稿件</translation>
    </message>
    <message>
        <source>Move the block to:</source>
        <translation>把文本块移到：</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审稿</translation>
    </message>
    <message>
        <source>Segmentation fix</source>
        <translation>切分更正</translation>
    </message>
    <message>
        <source>Warning decision</source>
        <translation>警告处理</translation>
    </message>
    <message>
        <source>(orphaned) %1</source>
        <translation>（已失锚）%1</translation>
    </message>
    <message>
        <source>Its text was not found in the page&apos;s current revision; the quote is kept.</source>
        <translation>在版面当前版本中找不到其原文；引文已保留。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>Label / tag / status</source>
        <translation>标注 / 标签 / 状态</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>AnnotationsDock</name>
    <message>
        <source>Orphaned (%1)</source>
        <translation>已失锚（%1）</translation>
    </message>
    <message>
        <source>Annotations whose text is no longer on the page, with their quotes</source>
        <translation>原文已不在版面上的标注，连同其引文</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Filter by article, label, quote, comment, author…</source>
        <translation>按稿件、标注、引文、批注、作者筛选…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
</context>
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
    <message>
        <source>No article is shown.</source>
        <translation>未显示稿件。</translation>
    </message>
    <message>
        <source>Select some text of the article first.</source>
        <translation>请先在稿件中选中文字。</translation>
    </message>
    <message>
        <source>Only the text of paragraphs can be labelled, not the headline or the notes.</source>
        <translation>只能标注正文段落，不能标注标题或附注。</translation>
    </message>
    <message>
        <source>Select text within one paragraph: a label cannot span paragraphs.</source>
        <translation>请在一个段落内选择：标注不能跨段。</translation>
    </message>
    <message>
        <source>This paragraph was rebuilt by the segmenter and cannot be labelled here; use the page view.</source>
        <translation>此段由切分程序重组，无法在此标注；请在版面视图中标注。</translation>
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
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the copy checks on newspaper page dumps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the word list in FILE instead of the default house style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not compare the pages with each other for repeated passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the checks and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode every file as NAME (e.g. GB18030, Big5).</source>
        <translation type="unfinished">按 NAME 编码解码所有文件（例如 GB18030、Big5）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished">NAME</translation>
    </message>
    <message>
        <source>Refuse files larger than SIZE (bytes, or with K, M, G; default 64M).</source>
        <translation type="unfinished">拒绝大于 SIZE 的文件（字节数，或带 K、M、G；默认 64M）。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished">SIZE</translation>
    </message>
    <message>
        <source>Page files to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation type="unfinished">FILE…</translation>
    </message>
    <message>
        <source>yuegao check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao check: no files given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao check: unknown encoding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao check: invalid size &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings by check:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyChecks</name>
    <message>
        <source>Stray space inside a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stray space in “%1”; the article elsewhere writes “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name written two ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” here, “%2” (%3 times) elsewhere in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on another page as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is also printed on %1 (%2% the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This paragraph is also printed on %1 (%2% the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-preferred word form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word to use with care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style prefers “%2” to “%1”%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is on the forbidden list%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is to be used with care%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate number misused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: 余/多 makes a round number approximate; %2 is not round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is approximate twice: use either %2 or %3, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: 近 with a precise number; round it or drop 近</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width digits (%1 numbers) among half-width ones; use half-width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width digits (%1 numbers); Chinese copy takes half-width digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers written in two styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is written differently from “%2” in the same article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-width punctuation in Chinese text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-width punctuation between Chinese characters (%1 in this article); Chinese text takes full-width marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed forms of quotation marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corner brackets 「」 (%1 pair(s)) in an article quoting with “”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight quotation marks &quot; (%1 pair(s)) in Chinese text; use “”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced quotation marks or brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is opened but not closed in this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closes nothing opened in this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closes %2 before the inner %3 is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubled punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two punctuation marks in a row: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong ellipsis or dash form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” for an ellipsis; Chinese text takes “……”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” for a dash; Chinese text takes “——”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional character in simplified text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional “%1” in simplified text; the simplified form is “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is in traditional characters (%1 of them); convert it or check that it should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English word inside a Chinese sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English word “%1” inside a Chinese sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph cut mid-sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph stops mid-sentence; its continuation is not on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph begins mid-sentence; its beginning is not on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered sections missing, repeated or out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 is missing</source>
        <translation type="unfinished">缺少第%1部分</translation>
    </message>
    <message>
        <source>Section number %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered sections printed in the order %1 (reading order restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage printed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These %1 characters are printed a second time; delete the repeat</source>
        <translation type="unfinished"></translation>
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
    <name>ErrorRateReportView</name>
    <message>
        <source>Error Rate Report</source>
        <translation>编校差错率报告</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Project: %1 errors in %2 characters, %3 per 10,000 (ceiling %4): %5</source>
        <translation>全项目：%2 字中差错 %1 个，差错率万分之 %3（上限万分之 %4）：%5</translation>
    </message>
    <message>
        <source>Export Error Rate Report</source>
        <translation>导出编校差错率报告</translation>
    </message>
    <message>
        <source>CSV (*.csv);;HTML (*.html)</source>
        <translation>CSV (*.csv);;HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>ErrorRateTableModel</name>
    <message>
        <source>Project</source>
        <translation>全项目</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>above the ceiling</source>
        <translation>超出上限</translation>
    </message>
    <message>
        <source>within the ceiling</source>
        <translation>未超上限</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>确认差错</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>计错</translation>
    </message>
    <message>
        <source>Per 10,000</source>
        <translation>万分率</translation>
    </message>
    <message>
        <source>Ceiling %1 / 10,000</source>
        <translation>上限万分之 %1</translation>
    </message>
</context>
<context>
    <name>ExportCollector</name>
    <message>
        <source>The query is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article %1 in the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>No destination was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; it is not replaced unless you allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>Review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1, article %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Copy-check warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无题）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
    <message>
        <source> → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <source>JSON (one document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (one article a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (articles and annotations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument Text (LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brat standoff (.txt + .ann)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (DOCX) with comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">无法写入 %1：%2</translation>
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
    <name>HouseStyle</name>
    <message>
        <source>Line %1: &quot;=&quot; needs a term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: no word before &quot;=&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; needs &quot;=&gt; preferred form&quot;, or a leading ! (forbidden) or ? (use with care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished">%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
</context>
<context>
    <name>IndexSegment</name>
    <message>
        <source>Indexing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index segment is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is damaged (%1); it will be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an index file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the search index %1: %2</source>
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
        <source>None: the text is as printed</source>
        <translation>无：文本与版面原样一致</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No tags. Press T to tag the article.</source>
        <translation>无标签。按 T 为稿件加标签。</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color:%1&quot;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt; “%3”&lt;br&gt;&lt;small&gt;%4, %5&lt;/small&gt;</source>
        <translation>&lt;span style=&quot;background-color:%1&quot;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/span&gt;“%3”&lt;br&gt;&lt;small&gt;%4，%5&lt;/small&gt;</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Comment (Return saves)</source>
        <translation>批注（回车保存）</translation>
    </message>
    <message>
        <source>Save Comment</source>
        <translation>保存批注</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>删除标注</translation>
    </message>
</context>
<context>
    <name>LabelSetEditor</name>
    <message>
        <source>Labels</source>
        <translation>标注标签</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>删除(&amp;V)…</translation>
    </message>
    <message>
        <source>New Label</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename Label</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
    <message>
        <source>Remove Label</source>
        <translation>删除标注</translation>
    </message>
    <message numerus="yes">
        <source>Remove the label %1 and its %n span(s)? You can undo this (Ctrl+Z).</source>
        <translation>
            <numerusform>删除标签 %1 及其 %n 处标注吗？可以撤销（Ctrl+Z）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1	(key %2)</source>
        <translation>%1	（按键 %2）</translation>
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
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Recent Pro&amp;jects</source>
        <translation>最近的项目(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>编辑历史(&amp;H)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>编辑历史</translation>
    </message>
    <message>
        <source>&lt;no edits&gt;</source>
        <translation>&lt;尚无编辑&gt;</translation>
    </message>
    <message>
        <source>A&amp;nnotate</source>
        <translation>标注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>标注标签(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审稿(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tag Articles…</source>
        <translation>加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>去除标签(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Comment on Label…</source>
        <translation>批注(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove La&amp;bel</source>
        <translation>删除标注(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Edit Labels…</source>
        <translation>编辑标签(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Advance to Next Step</source>
        <translation>进入下一审(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return (退回)</source>
        <translation>退回(&amp;R)</translation>
    </message>
    <message>
        <source>Review &amp;Workflow…</source>
        <translation>审稿流程(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Split Here</source>
        <translation>从此处拆分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Merge with Next Article</source>
        <translation>与下一篇合并(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;Block to Article…</source>
        <translation>移动文本块到稿件(&amp;B)…</translation>
    </message>
    <message>
        <source>Change Block &amp;Kind…</source>
        <translation>更改文本块类型(&amp;K)…</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>Cannot Open the Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>The project was changed by another program; the views are up to date.</source>
        <translation>项目已被其他程序修改；视图已更新。</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审稿：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only project.&lt;/b&gt; %1 Tags, labels, review steps and fixes cannot be changed.</source>
        <translation>&lt;b&gt;只读项目。&lt;/b&gt;%1 标签、标注、审稿步骤和切分更正均不能修改。</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Label %1 (none)</source>
        <translation>标签 %1（无）</translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Yuegao projects (*.yuegao)</source>
        <translation>阅稿项目 (*.yuegao)</translation>
    </message>
    <message>
        <source>%1 exists already; open it with Open Project.</source>
        <translation>%1 已存在；请用“打开项目”打开。</translation>
    </message>
    <message>
        <source>New project %1: open pages (Ctrl+O) to import them.</source>
        <translation>新项目 %1：打开版面（Ctrl+O）即可导入。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Yuegao projects (*.yuegao);;All files (*)</source>
        <translation>阅稿项目 (*.yuegao);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Orphaned Annotation</source>
        <translation>已失锚的标注</translation>
    </message>
    <message>
        <source>This annotation&apos;s text is no longer on the page %1, so it cannot be shown there. Its quote was: “%2”</source>
        <translation>此标注的原文已不在版面 %1 上，无法在版面中显示。原引文为：“%2”</translation>
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
    <message>
        <source>too many control characters</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>This Block Is a…</source>
        <translation>此文本块实为…</translation>
    </message>
    <message>
        <source>Move Block to Article…</source>
        <translation>移动文本块到稿件…</translation>
    </message>
</context>
<context>
    <name>ProjectCommand</name>
    <message>
        <source>yuegao %1: usage: yuegao %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao %1: --%2 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao project create: %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1; %2 annotation(s) moved, %3 orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(schema %1; %2 page(s), %3 annotation(s), %4 orphaned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article (its id, as `project info` prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag&apos;s path, e.g. 主题/民生 (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, in code points of the page&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End, in code points of the page&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label&apos;s name (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished">NAME</translation>
    </message>
    <message>
        <source>A comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review step, e.g. 初审.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow any step, not only the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the annotations that lost their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the change (default: the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project, import pages into it, describe it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao project import: no files given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao project: unknown action &quot;%1&quot; (create, import, info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every annotation of a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao tag: unknown action &quot;%1&quot; (add, remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao %1: no article %2 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao tag: no tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao label: --start and --end must be numbers with start &lt; end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao label: the page has only %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>Cannot upgrade the project to schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>Error</source>
        <translation>差错</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人名</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Key point</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>House style</source>
        <translation>体例</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished">%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: the file is empty; it is not a yuegao project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a yuegao project, or damaged beyond reading. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project is damaged (the file is shorter than its contents; truncated?). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the project: the folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is read-only: you can read it, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s folder is read-only: you can read it, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project is locked by another program (waited %2 s). Close it there, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project is damaged (%2). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the project (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a database, but not a yuegao project. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project was saved by a newer version of yuegao (schema %2; this version knows up to %3). Update yuegao to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project must be upgraded to this version of yuegao, but it is read-only. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is on a read-only disk: you can read it, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is busy in another program; the change was not saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name without &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such parent tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tag %1 there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty tag path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tag colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tag description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot move under itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be merged into its own subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tag %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n article(s) %1</source>
        <translation>
            <numerusform>为 %n 篇稿件加标签 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n article(s) %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A label needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename label to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such page in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range %1–%2 is not inside the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label &quot;%1&quot; as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such annotation or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the extent of an annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workflow needs at least one step, each with its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the review workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of this project&apos;s review (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set %n article(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An article at %1 cannot go to %2 (next: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article paragraph there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article cannot be split before its first paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such article in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only two different articles of one page can be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such article on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move text to another article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such segmentation fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove segmentation fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs a warning id and a range inside the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryParser</name>
    <message>
        <source>“-” must be followed by what to exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed quotation mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field “%1:” (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1:” needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“)” without a matching “(”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“OR” needs a term before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“OR” needs a term after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a search term is missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“(” is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind “%1” (known: article, brief, photo, editor_note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“has:” takes annotation, warning or orphan, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“chars:” takes a number with &lt;, &lt;=, &gt;, &gt;= or =, or a range such as 300..2000, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>No article selected.</source>
        <translation>未选择稿件。</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>状态：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note for the next step (optional)</source>
        <translation>本步意见（可选）</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Move the article to %1 with the note</source>
        <translation>附意见将稿件送%1</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>尚未审稿</translation>
    </message>
    <message>
        <source>Return the article (退回) with the note (Ctrl+Backspace)</source>
        <translation>附意见退回稿件（Ctrl+Backspace）</translation>
    </message>
    <message>
        <source>Move the article to %1 with the note (Ctrl+Return)</source>
        <translation>附意见将稿件送%1（Ctrl+回车）</translation>
    </message>
</context>
<context>
    <name>SavedSearchModel</name>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every article)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedSearchesPane</name>
    <message>
        <source>Saved Searches</source>
        <translation>保存的搜索</translation>
    </message>
    <message>
        <source>&amp;Save Current Search…</source>
        <translation>保存当前搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Query of the selected search (Enter to change it)</source>
        <translation>所选搜索的查询式（按回车修改）</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Name for &quot;%1&quot;:</source>
        <translation>为“%1”命名：</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search articles (Ctrl+L), e.g. %1</source>
        <translation>搜索稿件（Ctrl+L），例如 %1</translation>
    </message>
    <message>
        <source>Search Articles</source>
        <translation>搜索稿件</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>(the list shows the previous search)</source>
        <translation>（列表仍显示上一次搜索的结果）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%n 篇中 %1 篇</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>(untitled) %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the articles of newspaper pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the full-text index in DIR and reuse it (updated for changed pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode every file as NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished">NAME</translation>
    </message>
    <message>
        <source>Refuse files larger than SIZE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished">SIZE</translation>
    </message>
    <message>
        <source>Page files or folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to find: words, &quot;phrases&quot;, field:value (tag status kind label author page file has place chars), OR, -NOT, (groups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao search: give the pages to search and a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao search: the query is malformed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao search: unknown encoding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuegao search: invalid size &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchHitNavigator</name>
    <message>
        <source>Next Search Hit</source>
        <translation>下一处搜索结果</translation>
    </message>
    <message>
        <source>Previous Search Hit</source>
        <translation>上一处搜索结果</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Cannot create the search index folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the search index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the search index manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the search index manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index has another format; it will be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndexUpdater</name>
    <message>
        <source>Indexing was cancelled.</source>
        <translation type="unfinished"></translation>
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
    <name>StatisticsView</name>
    <message>
        <source>Provinces</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审读进度</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>校对提示</translation>
    </message>
    <message>
        <source>Lengths</source>
        <translation>篇幅</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇稿件</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles per tag</source>
        <translation>各标签稿件数</translation>
    </message>
    <message>
        <source>Warnings per check</source>
        <translation>各检查项提示数</translation>
    </message>
    <message>
        <source>Articles per province</source>
        <translation>各省稿件数</translation>
    </message>
    <message numerus="yes">
        <source>Articles per province (%n without a place)</source>
        <translation>
            <numerusform>各省稿件数（%n 篇无地名）</numerusform>
        </translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>审读进度</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>已完成（%1）</translation>
    </message>
    <message>
        <source>Returned (%1)</source>
        <translation>已退回（%1）</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>未完成（%1）</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Articles by length (characters)</source>
        <translation>稿件篇幅分布（字）</translation>
    </message>
    <message>
        <source>Cannot write the chart to %1</source>
        <translation>无法将图表写入 %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TagPickerDialog</name>
    <message>
        <source>Remove Tag</source>
        <translation>去除标签</translation>
    </message>
    <message>
        <source>Tag Articles</source>
        <translation>加标签</translation>
    </message>
    <message numerus="yes">
        <source>Remove which tag from %n article(s)?</source>
        <translation>
            <numerusform>从 %n 篇稿件去除哪个标签？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n article(s) with (a/b for a tag below another; new tags are created):</source>
        <translation>
            <numerusform>为 %n 篇稿件加标签（a/b 表示 a 下的 b；不存在的标签会新建）：</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. 主题/民生</source>
        <translation>例如 主题/民生</translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1：%n 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>稿件数</translation>
    </message>
</context>
<context>
    <name>TagsDock</name>
    <message>
        <source>New Tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Name of the new tag (a/b creates b under a):</source>
        <translation>新标签名称（a/b 在 a 下新建 b）：</translation>
    </message>
    <message>
        <source>Name of the new tag under %1:</source>
        <translation>在 %1 下新建标签，名称：</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message numerus="yes">
        <source>New name for %1 (%n article(s)):</source>
        <translation>
            <numerusform>%1 的新名称（%n 篇稿件）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>There is no other tag to merge into.</source>
        <translation>没有可并入的其他标签。</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>把 %1 并入：</translation>
    </message>
    <message numerus="yes">
        <source>Merge %1 into %2? %n article(s) will be tagged %2 instead.</source>
        <translation>
            <numerusform>把 %1 并入 %2 吗？%n 篇稿件将改标为 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag %1? It is removed from %n article(s).</source>
        <translation>
            <numerusform>删除标签 %1 吗？将从 %n 篇稿件上去除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n tag(s) below it are deleted too.</source>
        <translation>
            <numerusform>其下的 %n 个标签也一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this (Ctrl+Z).</source>
        <translation>可以撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Drag a tag onto another to move it; double-click to tag the selected articles</source>
        <translation>把标签拖到另一个标签上即可移动；双击为所选稿件加此标签</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <source>New Subtag…</source>
        <translation>新建子标签…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>并入…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
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
<context>
    <name>WarningListModel</name>
    <message>
        <source>Open</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已否决</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>裁定</translation>
    </message>
</context>
<context>
    <name>WarningsDock</name>
    <message>
        <source>Warnings</source>
        <translation>校对提示</translation>
    </message>
    <message>
        <source>Next Warning</source>
        <translation>下一条提示</translation>
    </message>
    <message>
        <source>Previous Warning</source>
        <translation>上一条提示</translation>
    </message>
    <message>
        <source>Accept Warning</source>
        <translation>确认差错</translation>
    </message>
    <message>
        <source>Reject Warning</source>
        <translation>否决提示</translation>
    </message>
    <message>
        <source>Comment on Warning</source>
        <translation>批注提示</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>批注(&amp;C)：</translation>
    </message>
    <message>
        <source>Goes with the next decision; Enter stores it on a decided warning</source>
        <translation>随下一次裁定保存；对已裁定的提示按回车即保存</translation>
    </message>
    <message>
        <source>F8 / Shift+F8 or N / Shift+N: next / previous · A: accept · R: reject · C: comment</source>
        <translation>F8 / Shift+F8 或 N / Shift+N：下一条 / 上一条 · A：确认 · R：否决 · C：批注</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>全部裁定状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已裁定</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已否决</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>全部检查项</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open, %2 accepted, %3 rejected</source>
        <translation>待定 %1，确认 %2，否决 %3</translation>
    </message>
</context>
<context>
    <name>WorkflowEditor</name>
    <message>
        <source>Review Workflow</source>
        <translation>审稿流程</translation>
    </message>
    <message>
        <source>The steps an article passes through, in order, one per line; the first is the status of an article never reviewed. The return step sends an article back from any step.</source>
        <translation>稿件依次经过的步骤，每行一个；第一步是未审稿件的状态。退回步骤可从任一步将稿件退回。</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>Return step:</source>
        <translation>退回步骤：</translation>
    </message>
</context>
</TS>
