"""Derive `guidelines/deid/data/family_first_names.txt` at development time (never at run time; deid36).

Sources: Faker's person providers (MIT): vi_VN last names, middle names and first names; zh_CN romanized last and
first names; plus the commonest Vietnamese and Korean surnames and Vietnamese given-name syllables written by hand
(Faker's vi_VN holds only ten surnames and no Korean romanisation). Folded without diacritics, as the anonymiser
folds words. Usage: `/work/main/.venv/bin/python bench/deid/derive_family_first.py`.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from faker.providers.person.vi_VN import Provider as Vi
from faker.providers.person.zh_CN import Provider as Zh

OUT = (
    Path(__file__).resolve().parents[2] / "guidelines" / "deid" / "data" / "family_first_names.txt"
)
VI_SURNAMES = (
    "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Dinh Trinh Truong Doan Lam Luong Mai "
    "Cao Ha Ta Quach Luu Thai Chau Kieu Lai Tang Giang Khuu Van Thach"
)
KO_SURNAMES = "Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Moon Baek"
VI_GIVEN = (
    "An Anh Bao Binh Chau Chi Cuong Dat Diep Dung Duc Duy Giang Ha Hai Hang Hanh Hien Hieu Hoa Hoai Hong Hue Hung "
    "Huong Huy Khanh Khoa Khoi Kim Lan Lien Linh Loan Long Mai Minh My Nam Nga Ngan Nghia Ngoc Nhung Nhi Oanh Phat "
    "Phong Phu Phuc Phuong Quan Quang Quoc Quy Quyen Quynh Sang Son Tam Tan Thang Thanh Thao Thi Thien Thinh Tho Thu "
    "Thuy Tien Toan Trang Tri Trinh Trung Tuan Tung Tuyet Uyen Van Viet Vinh Xuan Yen"
)
PARTICLES = "Thi Van Thị Văn"


def fold(word: str) -> str:
    """Same folding as textkit.folding.fold (đ has no decomposition: mapped by hand)."""
    lowered = word.lower().replace("đ", "d")
    return "".join(
        c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c)
    )


def line(words: object) -> str:
    return " ".join(sorted({fold(str(w)) for w in words}))  # type: ignore[attr-defined]


def main() -> None:
    surnames = [
        *Vi.last_names,
        *VI_SURNAMES.split(),
        *KO_SURNAMES.split(),
        *Zh.last_romanized_names,
    ]
    given = [
        *Vi.first_names_male,
        *Vi.first_names_female,
        *Vi.middle_names,
        *VI_GIVEN.split(),
        *Zh.first_romanized_names,
    ]
    OUT.write_text(
        "# Family-first name forms (Vietnamese, Chinese, Korean), derived by bench/deid/derive_family_first.py (deid36).\n"
        "# Line 1 after the comments: surnames; line 2: particles; line 3: given-name syllables. Folded.\n"
        f"{line(surnames)}\n{line(PARTICLES.split())}\n{line(given)}\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
