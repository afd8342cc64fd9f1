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
    <name>AnnotationImporter</name>
    <message>
        <source>Not yuegao JSON, JSON Lines or Web Annotation JSON-LD: %1 (line %2)</source>
        <translation>不是阅稿 JSON、JSON Lines 或 Web Annotation JSON-LD 格式：%1（第 %2 行）</translation>
    </message>
    <message>
        <source>Not yuegao JSON or Web Annotation JSON-LD: no articles, no annotations.</source>
        <translation>不是阅稿 JSON 或 Web Annotation JSON-LD 格式：既没有稿件，也没有标注。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The article is not in the project.</source>
        <translation>项目中没有这篇稿件。</translation>
    </message>
    <message>
        <source>The tag has no name.</source>
        <translation>标签没有名称。</translation>
    </message>
    <message>
        <source>The tag cannot be created.</source>
        <translation>无法创建标签。</translation>
    </message>
    <message>
        <source>The page %1 is not in the project.</source>
        <translation>项目中没有版面 %1。</translation>
    </message>
    <message>
        <source>The annotation quotes no text.</source>
        <translation>该标注没有引文。</translation>
    </message>
    <message>
        <source>The quoted text is not on the page.</source>
        <translation>版面上找不到所引原文。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The label cannot be created.</source>
        <translation>无法创建标注标签。</translation>
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
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the copy checks on newspaper page dumps.</source>
        <translation>对报纸版面文本进行校对检查。</translation>
    </message>
    <message>
        <source>Print JSON instead of a list.</source>
        <translation>输出 JSON 而不是列表。</translation>
    </message>
    <message>
        <source>Use the word list in FILE instead of the default house style.</source>
        <translation>使用 FILE 中的词表代替默认体例。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Do not compare the pages with each other for repeated passages.</source>
        <translation>不在版面之间比对重复段落。</translation>
    </message>
    <message>
        <source>List the checks and exit.</source>
        <translation>列出所有检查项后退出。</translation>
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
        <source>Page files to check.</source>
        <translation>要检查的版面文件。</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>FILE…</translation>
    </message>
    <message>
        <source>yuegao check: %1</source>
        <translation>yuegao check：%1</translation>
    </message>
    <message>
        <source>yuegao check: no files given</source>
        <translation>yuegao check：未指定文件</translation>
    </message>
    <message>
        <source>Warnings by check:</source>
        <translation>各检查项提示数：</translation>
    </message>
</context>
<context>
    <name>CopyChecks</name>
    <message>
        <source>Stray space inside a word</source>
        <translation>词语中间多了空格</translation>
    </message>
    <message>
        <source>Stray space in “%1”; the article elsewhere writes “%2”</source>
        <translation>“%1”中多了空格，本文其他地方写作“%2”</translation>
    </message>
    <message>
        <source>Name written two ways</source>
        <translation>同一名称前后写法不一</translation>
    </message>
    <message>
        <source>“%1” here, “%2” (%3 times) elsewhere in the article</source>
        <translation>此处作“%1”，本文其他地方作“%2”（%3处）</translation>
    </message>
    <message>
        <source>Printed on another page as well</source>
        <translation>在其他版面重复刊出</translation>
    </message>
    <message>
        <source>This article is also printed on %1 (%2% the same)</source>
        <translation>本文在%1也刊出过（相同度%2%）</translation>
    </message>
    <message>
        <source>This paragraph is also printed on %1 (%2% the same)</source>
        <translation>本段在%1也刊出过（相同度%2%）</translation>
    </message>
    <message>
        <source>This article is also printed on %1 (%2% the same) and on %3 more pages</source>
        <translation>本文在%1（相同度%2%）及另外%3个版面也刊出过</translation>
    </message>
    <message>
        <source>This paragraph is also printed on %1 (%2% the same) and on %3 more pages</source>
        <translation>本段在%1（相同度%2%）及另外%3个版面也刊出过</translation>
    </message>
    <message>
        <source>Non-preferred word form</source>
        <translation>非推荐词形</translation>
    </message>
    <message>
        <source>Forbidden word</source>
        <translation>禁用词</translation>
    </message>
    <message>
        <source>Word to use with care</source>
        <translation>慎用词</translation>
    </message>
    <message>
        <source>House style prefers “%2” to “%1”%3</source>
        <translation>按本报体例，“%1”应作“%2”%3</translation>
    </message>
    <message>
        <source>“%1” is on the forbidden list%3</source>
        <translation>“%1”属禁用词%3</translation>
    </message>
    <message>
        <source>“%1” is to be used with care%3</source>
        <translation>“%1”属慎用词，请核实语境%3</translation>
    </message>
    <message>
        <source>Approximate number misused</source>
        <translation>概数使用不当</translation>
    </message>
    <message>
        <source>“%1”: 余/多 makes a round number approximate; %2 is not round</source>
        <translation>“%1”：“余”“多”只能用在整数（如十、百、千）之后，%2不是整数</translation>
    </message>
    <message>
        <source>“%1” is approximate twice: use either %2 or %3, not both</source>
        <translation>“%1”：%2与%3重复表示概数，只保留其一</translation>
    </message>
    <message>
        <source>“%1”: 近 with a precise number; round it or drop 近</source>
        <translation>“%1”：“近”后接精确数字，应改用整数或删去“近”</translation>
    </message>
    <message>
        <source>Full-width digits</source>
        <translation>全角数字</translation>
    </message>
    <message>
        <source>Full-width digits (%1 numbers) among half-width ones; use half-width</source>
        <translation>全角数字与半角数字混用（全角%1处），应统一用半角</translation>
    </message>
    <message>
        <source>Full-width digits (%1 numbers); Chinese copy takes half-width digits</source>
        <translation>使用了全角数字（%1处），应使用半角阿拉伯数字</translation>
    </message>
    <message>
        <source>Numbers written in two styles</source>
        <translation>数字写法前后不一致</translation>
    </message>
    <message>
        <source>“%1” is written differently from “%2” in the same article</source>
        <translation>“%1”与本文中的“%2”写法不一致</translation>
    </message>
    <message>
        <source>Half-width punctuation in Chinese text</source>
        <translation>中文中的半角标点</translation>
    </message>
    <message>
        <source>Half-width punctuation between Chinese characters (%1 in this article); Chinese text takes full-width marks</source>
        <translation>中文之间使用了半角标点（本文共%1处），应使用全角标点</translation>
    </message>
    <message>
        <source>Mixed forms of quotation marks</source>
        <translation>引号形式混用</translation>
    </message>
    <message>
        <source>Corner brackets 「」 (%1 pair(s)) in an article quoting with “”</source>
        <translation>本文用“”作引号，又用了直角引号「」（%1对）</translation>
    </message>
    <message>
        <source>Straight quotation marks &quot; (%1 pair(s)) in Chinese text; use “”</source>
        <translation>中文中使用了直引号&quot;（%1对），应使用“”</translation>
    </message>
    <message>
        <source>Unbalanced quotation marks or brackets</source>
        <translation>引号或括号不配对</translation>
    </message>
    <message>
        <source>%1 is opened but not closed in this paragraph</source>
        <translation>本段中的 %1 没有对应的后半个</translation>
    </message>
    <message>
        <source>%1 closes nothing opened in this paragraph</source>
        <translation>本段中的 %1 没有对应的前半个</translation>
    </message>
    <message>
        <source>%1 closes %2 before the inner %3 is closed</source>
        <translation>%1 与 %2 配对时，其中的 %3 尚未关闭，标点嵌套错误</translation>
    </message>
    <message>
        <source>Doubled punctuation</source>
        <translation>标点重复</translation>
    </message>
    <message>
        <source>Two punctuation marks in a row: “%1”</source>
        <translation>标点连用：“%1”</translation>
    </message>
    <message>
        <source>Wrong ellipsis or dash form</source>
        <translation>省略号或破折号形式不对</translation>
    </message>
    <message>
        <source>“%1” for an ellipsis; Chinese text takes “……”</source>
        <translation>“%1”不是规范的省略号，应为“……”</translation>
    </message>
    <message>
        <source>“%1” for a dash; Chinese text takes “——”</source>
        <translation>“%1”不是规范的破折号，应为“——”</translation>
    </message>
    <message>
        <source>Traditional character in simplified text</source>
        <translation>简体文本中的繁体字</translation>
    </message>
    <message>
        <source>Traditional “%1” in simplified text; the simplified form is “%2”</source>
        <translation>简体文本中出现繁体字“%1”，应为“%2”</translation>
    </message>
    <message>
        <source>The article is in traditional characters (%1 of them); convert it or check that it should be</source>
        <translation>本文使用繁体字（共%1个），请转换或确认</translation>
    </message>
    <message>
        <source>English word inside a Chinese sentence</source>
        <translation>中文句子中夹杂英文单词</translation>
    </message>
    <message>
        <source>English word “%1” inside a Chinese sentence</source>
        <translation>中文句子中夹杂英文单词“%1”</translation>
    </message>
    <message>
        <source>Paragraph cut mid-sentence</source>
        <translation>段落在句中断开</translation>
    </message>
    <message>
        <source>The paragraph stops mid-sentence; its continuation is not on the page</source>
        <translation>段落在句中中断，版面上找不到接续部分</translation>
    </message>
    <message>
        <source>The paragraph begins mid-sentence; its beginning is not on the page</source>
        <translation>段落从句中开始，版面上找不到前半部分</translation>
    </message>
    <message>
        <source>Numbered sections missing, repeated or out of order</source>
        <translation>序号缺失、重复或错乱</translation>
    </message>
    <message>
        <source>Section %1 is missing</source>
        <translation>缺少第%1部分</translation>
    </message>
    <message>
        <source>Section number %1 is used twice</source>
        <translation>序号“%1”重复</translation>
    </message>
    <message>
        <source>Numbered sections printed in the order %1 (reading order restored)</source>
        <translation>各部分在版面上按 %1 的顺序刊出（已按序号恢复阅读顺序）</translation>
    </message>
    <message>
        <source>Passage printed twice</source>
        <translation>段落重复刊出</translation>
    </message>
    <message>
        <source>These %1 characters are printed a second time; delete the repeat</source>
        <translation>这%1个字重复刊出，应删去重复部分</translation>
    </message>
    <message>
        <source>Person&apos;s name written two ways</source>
        <translation>人名前后写法不一</translation>
    </message>
    <message>
        <source>Person named “%1” here, “%2” elsewhere in the article</source>
        <translation>此处人名作“%1”，本文别处作“%2”</translation>
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
    <message numerus="yes">
        <source>%n copy-check warning(s)</source>
        <translation>
            <numerusform>%n 条校对提示</numerusform>
        </translation>
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
        <translation>查询式有误：%1</translation>
    </message>
    <message>
        <source>No article %1 in the project.</source>
        <translation>项目中没有稿件 %1。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a project&apos;s articles and annotations.</source>
        <translation>导出项目中的稿件和标注。</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>可选：%1。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Where to write (CSV also writes STEM.annotations.csv; brat PATH.txt and PATH.ann).</source>
        <translation>输出位置（CSV 格式另写 STEM.annotations.csv；brat 格式写 PATH.txt 和 PATH.ann）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Only the articles this search query matches.</source>
        <translation>只导出与此查询式匹配的稿件。</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>Only these articles (ids, comma-separated).</source>
        <translation>只导出这些稿件（稿件 ID，以逗号分隔）。</translation>
    </message>
    <message>
        <source>ID,…</source>
        <translation>ID,…</translation>
    </message>
    <message>
        <source>Include the copy-check warnings.</source>
        <translation>包括校对提示。</translation>
    </message>
    <message>
        <source>Replace existing files.</source>
        <translation>覆盖已有文件。</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJECT</translation>
    </message>
    <message>
        <source>yuegao export: give the project, --format and --out</source>
        <translation>yuegao export：请指定项目、--format 和 --out</translation>
    </message>
    <message>
        <source>yuegao export: unknown format &quot;%1&quot; (known: %2)</source>
        <translation>yuegao export：未知格式“%1”（可用格式：%2）</translation>
    </message>
    <message>
        <source>yuegao export: give --query or --articles, not both</source>
        <translation>yuegao export：--query 和 --articles 只能指定其一</translation>
    </message>
    <message>
        <source>yuegao export: the query is malformed at %1</source>
        <translation>yuegao export：查询式有误（%1）</translation>
    </message>
    <message>
        <source>yuegao export: %1 exists; give --overwrite to replace it</source>
        <translation>yuegao export：%1 已存在；如要覆盖，请加 --overwrite</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇稿件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 处标注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message>
        <source>Import annotations from yuegao JSON or W3C Web Annotation JSON-LD into a project.</source>
        <translation>从阅稿 JSON 或 W3C Web Annotation JSON-LD 文件向项目导入标注。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <source>Who makes the change when the file does not say (default: the OS user).</source>
        <translation>文件未注明修改人时记为谁修改（默认为操作系统用户）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The annotations to import.</source>
        <translation>要导入的标注文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>yuegao import: give the project and the file to import</source>
        <translation>yuegao import：请指定项目和要导入的文件</translation>
    </message>
    <message>
        <source>yuegao import: no project %1</source>
        <translation>yuegao import：项目 %1 不存在</translation>
    </message>
    <message>
        <source>%1 tag(s), %2 review step(s), %3 span(s) added (%4 found by quote elsewhere); %5 already there; %6 not placed</source>
        <translation>已添加标签 %1 个、审稿记录 %2 条、标注 %3 处（其中 %4 处按引文在别处找到）；%5 项已存在；%6 项未能定位</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>稿件范围</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected articles (%n)</source>
        <translation>
            <numerusform>所选稿件（%n 篇）(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>The current search (none)</source>
        <translation>当前搜索（无）</translation>
    </message>
    <message>
        <source>The current se&amp;arch: %1</source>
        <translation>当前搜索(&amp;A)：%1</translation>
    </message>
    <message>
        <source>The whole &amp;project</source>
        <translation>整个项目(&amp;P)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包含内容</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Review status and notes</source>
        <translation>审稿状态和意见(&amp;R)</translation>
    </message>
    <message>
        <source>Span &amp;annotations</source>
        <translation>文字标注(&amp;A)</translation>
    </message>
    <message>
        <source>Copy-check &amp;warnings</source>
        <translation>校对提示(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>覆盖文件？</translation>
    </message>
    <message>
        <source>These files exist already:
%1

Replace them?</source>
        <translation>以下文件已存在：
%1

要覆盖吗？</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s)</source>
        <translation>
            <numerusform>已导出 %n 篇稿件</numerusform>
        </translation>
    </message>
    <message>
        <source> to </source>
        <translation>，保存到 </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>No destination was given.</source>
        <translation>未指定保存位置。</translation>
    </message>
    <message>
        <source>%1 exists already; it is not replaced unless you allow it.</source>
        <translation>%1 已存在；未经允许不会覆盖。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是文件夹。</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>Review report</source>
        <translation>审稿报告</translation>
    </message>
    <message>
        <source>Page %1, article %2</source>
        <translation>版面 %1 第 %2 篇</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Copy-check warnings</source>
        <translation>校对提示</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无题）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
    <message>
        <source> (accepted)</source>
        <translation>（已确认）</translation>
    </message>
    <message>
        <source> (rejected)</source>
        <translation>（已否决）</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇稿件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 处标注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <source>JSON (one document)</source>
        <translation>JSON（单个文档）</translation>
    </message>
    <message>
        <source>JSON Lines (one article a line)</source>
        <translation>JSON Lines（每行一篇稿件）</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (articles and annotations)</source>
        <translation>CSV 电子表格（稿件和标注）</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML review report</source>
        <translation>HTML 审稿报告</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>OpenDocument Text (LibreOffice)</source>
        <translation>OpenDocument 文本（LibreOffice）</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation（JSON-LD）</translation>
    </message>
    <message>
        <source>brat standoff (.txt + .ann)</source>
        <translation>brat 外置标注（.txt + .ann）</translation>
    </message>
    <message>
        <source>Word (DOCX) with comments</source>
        <translation>Word（DOCX），附批注</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <translation>地名库文件 %1 第 %2 行：应有 %3 个字段，实有 %4 个。</translation>
    </message>
    <message>
        <source>The gazetteer has no provinces.</source>
        <translation>地名库中没有省份。</translation>
    </message>
    <message>
        <source>Gazetteer file %1, line %2: unknown parent division.</source>
        <translation>地名库文件 %1 第 %2 行：上级行政区划未知。</translation>
    </message>
    <message>
        <source>Gazetteer file HK-MO-TW.json: %1.</source>
        <translation>地名库文件 HK-MO-TW.json：%1。</translation>
    </message>
    <message>
        <source>The embedded gazetteer file %1 is missing.</source>
        <translation>缺少内置地名库文件 %1。</translation>
    </message>
</context>
<context>
    <name>HouseStyle</name>
    <message>
        <source>Line %1: &quot;=&quot; needs a term</source>
        <translation>第 %1 行：“=”后缺少词语</translation>
    </message>
    <message>
        <source>Line %1: no word before &quot;=&gt;&quot;</source>
        <translation>第 %1 行：“=&gt;”前没有词语</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; needs &quot;=&gt; preferred form&quot;, or a leading ! (forbidden) or ? (use with care)</source>
        <translation>第 %1 行：“%2”后须接“=&gt; 推荐词形”，或在前面加 !（禁用）或 ?（慎用）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>IndexSegment</name>
    <message>
        <source>The search index is damaged (%1); it will be rebuilt.</source>
        <translation>搜索索引已损坏（%1），将重新建立。</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>过短</translation>
    </message>
    <message>
        <source>not an index file</source>
        <translation>不是索引文件</translation>
    </message>
    <message>
        <source>format version %1, expected %2</source>
        <translation>格式版本为 %1，应为 %2</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>被截断</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>校验和不符</translation>
    </message>
    <message>
        <source>Cannot open the search index %1: %2</source>
        <translation>无法打开搜索索引 %1：%2</translation>
    </message>
</context>
<context>
    <name>IndexSegmentBuilder</name>
    <message>
        <source>The index segment is too large.</source>
        <translation>索引分段过大。</translation>
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
    <message>
        <source>Places:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>人物：</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Places, people, organisations</source>
        <translation>地点、人物、机构</translation>
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
    <name>LoadOptionsParser</name>
    <message>
        <source>Decode every file as NAME (e.g. GB18030, Big5).</source>
        <translation>按 NAME 编码解码所有文件（如 GB18030、Big5）。</translation>
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
        <source>yuegao %1: unknown encoding &quot;%2&quot;</source>
        <translation>yuegao %1：未知编码“%2”</translation>
    </message>
    <message>
        <source>yuegao %1: invalid size &quot;%2&quot;</source>
        <translation>yuegao %1：无效的大小“%2”</translation>
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
    <message>
        <source>Opening %1: %2 of %3 pages…</source>
        <translation>正在打开 %1：已列出 %2 页，共 %3 页…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Stop opening; the project open before stays open</source>
        <translation>停止打开；先前打开的项目保持打开</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opening cancelled; %1 stays open.</source>
        <translation>已取消打开；%1 保持打开。</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>已取消打开。</translation>
    </message>
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
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Error Rate</source>
        <translation>差错率</translation>
    </message>
    <message>
        <source>The corpus at a glance; click a province to search its articles</source>
        <translation>稿库概览；点击省份即可搜索该省的稿件</translation>
    </message>
    <message>
        <source>编校差错率: accepted errors per 10,000 characters</source>
        <translation>编校差错率：每万字确认的差错数</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>已存搜索</translation>
    </message>
    <message>
        <source>Show &amp;Saved Searches</source>
        <translation>显示已存搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;Warnings</source>
        <translation>显示提示(&amp;W)</translation>
    </message>
    <message>
        <source>Search hit %1</source>
        <translation>搜索命中 %1</translation>
    </message>
    <message numerus="yes">
        <source>Copy checks: %n warning(s).</source>
        <translation>
            <numerusform>校对检查：%n 条提示。</numerusform>
        </translation>
    </message>
    <message>
        <source>The warning&apos;s article is not among the search results.</source>
        <translation>该提示所在的稿件不在搜索结果中。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>The house style list could not be saved to %1: %2</source>
        <translation>无法将体例词表保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>OdtExportWriter</name>
    <message>
        <source>the OpenDocument writer failed</source>
        <translation>OpenDocument 写入失败</translation>
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
        <translation>控制字符过多</translation>
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
        <translation>yuegao %1：用法：yuegao %1 %2</translation>
    </message>
    <message>
        <source>yuegao %1: --%2 is required</source>
        <translation>yuegao %1：必须指定 --%2</translation>
    </message>
    <message>
        <source>yuegao project create: %1 already exists</source>
        <translation>yuegao project create：%1 已存在</translation>
    </message>
    <message>
        <source>revision %1; %2 annotation(s) moved, %3 orphaned</source>
        <translation>版本 %1；%2 处标注已重新定位，%3 处已失锚</translation>
    </message>
    <message>
        <source>(schema %1; %2 page(s), %3 annotation(s), %4 orphaned)</source>
        <translation>（结构版本 %1；%2 个版面，%3 处标注，%4 处已失锚）</translation>
    </message>
    <message>
        <source>  revision %1</source>
        <translation>  版本 %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>The article (its id, as `project info` prints it).</source>
        <translation>稿件（其 ID，即 `project info` 输出的编号）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The tag&apos;s path, e.g. 主题/民生 (created when missing).</source>
        <translation>标签路径，例如 主题/民生（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Start, in code points of the page&apos;s text.</source>
        <translation>起点，以版面文本的码位计。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>End, in code points of the page&apos;s text.</source>
        <translation>终点，以版面文本的码位计。</translation>
    </message>
    <message>
        <source>The label&apos;s name (created when missing).</source>
        <translation>标注标签名称（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A comment.</source>
        <translation>批注。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The review step, e.g. 初审.</source>
        <translation>审稿步骤，例如 初审。</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>STEP</translation>
    </message>
    <message>
        <source>A note on the step.</source>
        <translation>本步意见。</translation>
    </message>
    <message>
        <source>Allow any step, not only the next one.</source>
        <translation>允许转到任一步骤，不限于下一步。</translation>
    </message>
    <message>
        <source>Only the annotations that lost their text.</source>
        <translation>只列出已失锚的标注。</translation>
    </message>
    <message>
        <source>Who makes the change (default: the OS user).</source>
        <translation>修改人（默认为操作系统用户）。</translation>
    </message>
    <message>
        <source>Create a project, import pages into it, describe it.</source>
        <translation>创建项目、向项目导入版面、显示项目信息。</translation>
    </message>
    <message>
        <source>yuegao project import: no files given</source>
        <translation>yuegao project import：未指定文件</translation>
    </message>
    <message>
        <source>yuegao project: unknown action &quot;%1&quot; (create, import, info)</source>
        <translation>yuegao project：未知操作“%1”（可用：create、import、info）</translation>
    </message>
    <message>
        <source>List every annotation of a project.</source>
        <translation>列出项目中的全部标注。</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>已失锚</translation>
    </message>
    <message>
        <source>yuegao tag: unknown action &quot;%1&quot; (add, remove)</source>
        <translation>yuegao tag：未知操作“%1”（可用：add、remove）</translation>
    </message>
    <message>
        <source>yuegao %1: no article %2 in the project</source>
        <translation>yuegao %1：项目中没有稿件 %2</translation>
    </message>
    <message>
        <source>yuegao tag: no tag %1</source>
        <translation>yuegao tag：没有标签 %1</translation>
    </message>
    <message>
        <source>yuegao label: --start and --end must be numbers with start &lt; end</source>
        <translation>yuegao label：--start 和 --end 必须是数字，且 start &lt; end</translation>
    </message>
    <message>
        <source>yuegao label: the page has only %1 characters</source>
        <translation>yuegao label：该版面只有 %1 个字符</translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>Cannot upgrade the project to schema version %1: %2</source>
        <translation>无法将项目升级到结构版本 %1：%2</translation>
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
        <source>%1: the project is damaged (%2). It stays open read-only, so nothing more is written into it: export what you need, or restore a backup.</source>
        <translation>%1：项目文件已损坏（%2）。项目以只读方式保持打开，不再写入任何内容：请导出所需内容，或从备份恢复。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: the file is empty; it is not a yuegao project</source>
        <translation>%1：文件为空，不是阅稿项目</translation>
    </message>
    <message>
        <source>%1: not a yuegao project, or damaged beyond reading. It was not changed.</source>
        <translation>%1：不是阅稿项目，或已损坏无法读取。文件未作改动。</translation>
    </message>
    <message>
        <source>%1: the project is damaged (the file is shorter than its contents; truncated?). It was not changed.</source>
        <translation>%1：项目已损坏（文件比其内容短，可能被截断）。文件未作改动。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: no such project</source>
        <translation>%1：项目不存在</translation>
    </message>
    <message>
        <source>%1: not a project file</source>
        <translation>%1：不是项目文件</translation>
    </message>
    <message>
        <source>The project was opened read-only.</source>
        <translation>项目以只读方式打开。</translation>
    </message>
    <message>
        <source>%1: cannot create the project: the folder is read-only</source>
        <translation>%1：无法创建项目：文件夹为只读</translation>
    </message>
    <message>
        <source>The project file is read-only: you can read it, but changes cannot be saved.</source>
        <translation>项目文件为只读：可以阅读，但无法保存修改。</translation>
    </message>
    <message>
        <source>The project&apos;s folder is read-only: you can read it, but changes cannot be saved.</source>
        <translation>项目所在文件夹为只读：可以阅读，但无法保存修改。</translation>
    </message>
    <message>
        <source>%1: the project is locked by another program (waited %2 s). Close it there, or try again.</source>
        <translation>%1：项目被其他程序锁定（已等待 %2 秒）。请在该程序中关闭项目，或稍后重试。</translation>
    </message>
    <message>
        <source>%1: the project is damaged (%2). It was not changed.</source>
        <translation>%1：项目已损坏（%2）。文件未作改动。</translation>
    </message>
    <message>
        <source>%1: cannot open the project (%2)</source>
        <translation>%1：无法打开项目（%2）</translation>
    </message>
    <message>
        <source>%1: a database, but not a yuegao project. It was not changed.</source>
        <translation>%1：是数据库，但不是阅稿项目。文件未作改动。</translation>
    </message>
    <message>
        <source>%1: the project was saved by a newer version of yuegao (schema %2; this version knows up to %3). Update yuegao to open it.</source>
        <translation>%1：项目由较新版本的阅稿保存（结构版本 %2；本版本最高支持 %3）。请更新阅稿后再打开。</translation>
    </message>
    <message>
        <source>%1: the project must be upgraded to this version of yuegao, but it is read-only. %2</source>
        <translation>%1：项目须升级到本版本阅稿的格式，但它是只读的。%2</translation>
    </message>
    <message>
        <source>The project is on a read-only disk: you can read it, but changes cannot be saved.</source>
        <translation>项目位于只读磁盘上：可以阅读，但无法保存修改。</translation>
    </message>
    <message>
        <source>The project is read-only.</source>
        <translation>项目为只读。</translation>
    </message>
    <message>
        <source>The project is busy in another program; the change was not saved. Try again.</source>
        <translation>项目正被其他程序占用，修改未保存。请重试。</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>无法保存修改：%1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>No article %1 in the project</source>
        <translation>项目中没有稿件 %1</translation>
    </message>
    <message>
        <source>A tag needs a name without &quot;/&quot;</source>
        <translation>标签名称不能为空，也不能含“/”</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>添加标签 %1</translation>
    </message>
    <message>
        <source>No such parent tag</source>
        <translation>上级标签不存在</translation>
    </message>
    <message>
        <source>There is already a tag %1 there</source>
        <translation>该处已有标签 %1</translation>
    </message>
    <message>
        <source>An empty tag path</source>
        <translation>标签路径为空</translation>
    </message>
    <message>
        <source>No such tag</source>
        <translation>标签不存在</translation>
    </message>
    <message>
        <source>Rename tag %1 to %2</source>
        <translation>将标签 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Change tag colour</source>
        <translation>更改标签颜色</translation>
    </message>
    <message>
        <source>Change tag description</source>
        <translation>更改标签说明</translation>
    </message>
    <message>
        <source>A tag cannot move under itself</source>
        <translation>标签不能移到自身之下</translation>
    </message>
    <message>
        <source>Move tag %1</source>
        <translation>移动标签 %1</translation>
    </message>
    <message>
        <source>A tag cannot be merged into its own subtree</source>
        <translation>标签不能并入其自身的下级标签</translation>
    </message>
    <message>
        <source>Merge tag %1 into %2</source>
        <translation>将标签 %1 并入 %2</translation>
    </message>
    <message>
        <source>Delete tag %1</source>
        <translation>删除标签 %1</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n article(s) %1</source>
        <translation>
            <numerusform>为 %n 篇稿件加标签 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n article(s) %1</source>
        <translation>
            <numerusform>为 %n 篇稿件去除标签 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A label needs a name</source>
        <translation>标注标签需要名称</translation>
    </message>
    <message>
        <source>There is already a label %1</source>
        <translation>已有标注标签 %1</translation>
    </message>
    <message>
        <source>Add label %1</source>
        <translation>添加标注标签 %1</translation>
    </message>
    <message>
        <source>No such label</source>
        <translation>标注标签不存在</translation>
    </message>
    <message>
        <source>Rename label to %1</source>
        <translation>将标注标签重命名为 %1</translation>
    </message>
    <message>
        <source>Change label colour</source>
        <translation>更改标注标签颜色</translation>
    </message>
    <message>
        <source>Move label %1</source>
        <translation>移动标注标签 %1</translation>
    </message>
    <message>
        <source>Remove label %1</source>
        <translation>删除标注标签 %1</translation>
    </message>
    <message>
        <source>No such page in the project</source>
        <translation>项目中没有该版面</translation>
    </message>
    <message>
        <source>The range %1–%2 is not inside the page</source>
        <translation>范围 %1–%2 超出版面</translation>
    </message>
    <message>
        <source>Label &quot;%1&quot; as %2</source>
        <translation>将“%1”标注为%2</translation>
    </message>
    <message>
        <source>No such annotation</source>
        <translation>标注不存在</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>No such annotation or label</source>
        <translation>标注或标注标签不存在</translation>
    </message>
    <message>
        <source>Relabel as %1</source>
        <translation>改标注为%1</translation>
    </message>
    <message>
        <source>Change the extent of an annotation</source>
        <translation>调整标注范围</translation>
    </message>
    <message>
        <source>Remove annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <source>A workflow needs at least one step, each with its own name</source>
        <translation>审稿流程至少要有一个步骤，且各步骤名称不能重复</translation>
    </message>
    <message>
        <source>Change the review workflow</source>
        <translation>更改审稿流程</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of this project&apos;s review (%2)</source>
        <translation>“%1”不是本项目的审稿步骤（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Set %n article(s) to %1</source>
        <translation>
            <numerusform>将 %n 篇稿件设为%1</numerusform>
        </translation>
    </message>
    <message>
        <source>An article at %1 cannot go to %2 (next: %3)</source>
        <translation>处于%1的稿件不能转到%2（下一步：%3）</translation>
    </message>
    <message>
        <source>There is no article paragraph there</source>
        <translation>该处没有稿件段落</translation>
    </message>
    <message>
        <source>An article cannot be split before its first paragraph</source>
        <translation>不能在稿件第一段之前拆分</translation>
    </message>
    <message>
        <source>Split article</source>
        <translation>拆分稿件</translation>
    </message>
    <message>
        <source>No such article in the project</source>
        <translation>项目中没有该稿件</translation>
    </message>
    <message>
        <source>Only two different articles of one page can be merged</source>
        <translation>只能合并同一版面上的两篇不同稿件</translation>
    </message>
    <message>
        <source>Merge articles</source>
        <translation>合并稿件</translation>
    </message>
    <message>
        <source>No such article on this page</source>
        <translation>本版面上没有该稿件</translation>
    </message>
    <message>
        <source>No such block</source>
        <translation>文本块不存在</translation>
    </message>
    <message>
        <source>Move text to another article</source>
        <translation>将文字移到另一篇稿件</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>标为%1</translation>
    </message>
    <message>
        <source>No such segmentation fix</source>
        <translation>切分更正不存在</translation>
    </message>
    <message>
        <source>Remove segmentation fix</source>
        <translation>删除切分更正</translation>
    </message>
    <message>
        <source>A decision needs a warning id and a range inside the page</source>
        <translation>裁定需要提示 ID 和版面内的文字范围</translation>
    </message>
    <message>
        <source>Accept warning</source>
        <translation>确认差错</translation>
    </message>
    <message>
        <source>Reject warning</source>
        <translation>否决提示</translation>
    </message>
    <message>
        <source>No such decision</source>
        <translation>裁定不存在</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>撤销裁定</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
</context>
<context>
    <name>QueryParser</name>
    <message>
        <source>“-” must be followed by what to exclude</source>
        <translation>“-”后须接要排除的内容</translation>
    </message>
    <message>
        <source>empty phrase</source>
        <translation>短语为空</translation>
    </message>
    <message>
        <source>unclosed quotation mark</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>unknown field “%1:” (known: %2)</source>
        <translation>未知字段“%1:”（可用：%2）</translation>
    </message>
    <message>
        <source>“%1:” needs a value</source>
        <translation>“%1:”缺少值</translation>
    </message>
    <message>
        <source>“)” without a matching “(”</source>
        <translation>“)”没有对应的“(”</translation>
    </message>
    <message>
        <source>“OR” needs a term before it</source>
        <translation>“OR”前缺少检索词</translation>
    </message>
    <message>
        <source>“OR” needs a term after it</source>
        <translation>“OR”后缺少检索词</translation>
    </message>
    <message>
        <source>a search term is missing here</source>
        <translation>此处缺少检索词</translation>
    </message>
    <message>
        <source>empty parentheses</source>
        <translation>括号内为空</translation>
    </message>
    <message>
        <source>“(” is never closed</source>
        <translation>“(”未闭合</translation>
    </message>
    <message>
        <source>unknown kind “%1” (known: article, brief, photo, editor_note)</source>
        <translation>未知类型“%1”（可用：article、brief、photo、editor_note）</translation>
    </message>
    <message>
        <source>“has:” takes annotation, warning or orphan, not “%1”</source>
        <translation>“has:”的值应为 annotation、warning 或 orphan，而不是“%1”</translation>
    </message>
    <message>
        <source>“chars:” takes a number with &lt;, &lt;=, &gt;, &gt;= or =, or a range such as 300..2000, not “%1”</source>
        <translation>“chars:”的值应为带 &lt;、&lt;=、&gt;、&gt;= 或 = 的数字，或 300..2000 这样的范围，而不是“%1”</translation>
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
        <translation>全部稿件</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审稿件</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回稿件</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>有提示的稿件</translation>
    </message>
    <message>
        <source>(every article)</source>
        <translation>（全部稿件）</translation>
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
        <translation>（无标题）%1…</translation>
    </message>
    <message>
        <source>Search the articles of newspaper pages.</source>
        <translation>在报纸版面的稿件中搜索。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Keep the full-text index in DIR and reuse it (updated for changed pages).</source>
        <translation>将全文索引保存在 DIR 中并重复使用（版面有变动时自动更新）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Page files or folders.</source>
        <translation>版面文件或文件夹。</translation>
    </message>
    <message>
        <source>PATH…</source>
        <translation>PATH…</translation>
    </message>
    <message>
        <source>What to find: words, &quot;phrases&quot;, field:value (tag status kind label author page file has place chars), OR, -NOT, (groups).</source>
        <translation>查找内容：词语、&quot;短语&quot;、字段:值（tag status kind label author page file has place chars）、OR、-NOT、(分组)。</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>yuegao search: give the pages to search and a query</source>
        <translation>yuegao search：请指定要搜索的版面和查询式</translation>
    </message>
    <message>
        <source>yuegao search: the query is malformed at %1</source>
        <translation>yuegao search：查询式有误（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处命中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) match</source>
        <translation>
            <numerusform>%n 篇稿件中 %1 篇匹配</numerusform>
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
        <translation>无法创建搜索索引文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the search index %1: %2</source>
        <translation>无法写入搜索索引 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the search index manifest: %1</source>
        <translation>无法写入搜索索引清单：%1</translation>
    </message>
    <message>
        <source>Cannot read the search index manifest: %1</source>
        <translation>无法读取搜索索引清单：%1</translation>
    </message>
    <message>
        <source>The search index has another format; it will be rebuilt.</source>
        <translation>搜索索引格式不同，将重新建立。</translation>
    </message>
</context>
<context>
    <name>SearchIndexUpdater</name>
    <message>
        <source>Indexing was cancelled.</source>
        <translation>已取消建立索引。</translation>
    </message>
    <message>
        <source>Cannot create the search index folder %1.</source>
        <translation>无法创建搜索索引文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the search index %1: %2</source>
        <translation>无法写入搜索索引 %1：%2</translation>
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
    <message>
        <source>House style</source>
        <translation>本报体例</translation>
    </message>
    <message>
        <source>&amp;House style word lists (one entry a line; the syntax is explained at the top):</source>
        <translation>体例词表(&amp;H)（每行一条；写法见文件开头的说明）：</translation>
    </message>
    <message>
        <source>Restore the default list</source>
        <translation>恢复默认词表</translation>
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
