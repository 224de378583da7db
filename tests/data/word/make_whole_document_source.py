"""Makes source.docx, which LibreOffice re-saved as libreoffice-whole-document.docx (see README.md).
Not run by the tests."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.word_docs import WordDoc, paragraph, run, ins, dele, level
LED = Path(__file__).resolve().parents[3] / 'examples' / 'invention-led-package'
from tests.test_whole_document import ABSTRACT_PAGE
doc = WordDoc().define_list(60, level(0, text="%1.", suffix="tab")).list_instance(61, 60)
doc.text(*ABSTRACT_PAGE, "【發明說明書】")
desc = (LED / "description.txt").read_text(encoding="utf-8").splitlines()
for line in desc:
    if line.startswith("【0008】"):
        # a tracked insertion and a tracked deletion in the description
        doc.add(paragraph(run("【0008】請參閱圖2，散熱片40連接基板10，並具有多個鰭片41；散熱片40之材質為銅"),
                          ins("或鋁", 11), dele("或鐵", 12), run("。")))
    else:
        doc.add(paragraph(run(line)))
doc.text("【申請專利範圍】")
claims = [
    "一種發光二極體封裝，包含：一基板（10）；一發光晶片（20），設置於該基板上；一封裝膠體（30），包覆該發光晶片；以及一散熱片（40），連接該基板。",
    "如請求項1所述之發光二極體封裝，其中該散熱片具有多個鰭片（41）。",
    "如請求項1或2所述之發光二極體封裝，其中該散熱片之材質為銅或鋁。",
]
for text in claims:
    doc.add(paragraph(run(text), num=(61, 0)))
# a claim deleted with change tracking: once accepted it takes no number
doc.add(paragraph(dele("如請求項3所述之發光二極體封裝，其中該基板為陶瓷。", 13), num=(61, 0), mark="del"))
doc.add(paragraph(run("如請求項2所述之發光二極體封裝，其中該些鰭片彼此平行。"), num=(61, 0)))
doc.text("【圖式】", "【圖1】", "", "【圖2】", "")
doc.save(Path('source.docx'))
