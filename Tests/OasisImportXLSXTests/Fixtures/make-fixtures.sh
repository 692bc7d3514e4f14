#!/usr/bin/env bash
# Writes the office-suite workbooks the XLSX tests read: CSV text converted to .xlsx by LibreOffice Calc in headless
# mode (Debian 12: apt-get install libreoffice-calc-nogui; made with LibreOffice 7.4.7), as an official's spreadsheet
# would be. The CSV import runs with "detect special numbers" on and date columns typed YMD, so dates become date
# cells (serial numbers with a date format), as when typed into Calc or Excel. Run from this folder; the .xlsx files
# are checked in so that `swift test` needs no office suite.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
convert() { # convert NAME COLUMN-FORMATS: NAME.csv (written below) -> NAME.xlsx
    soffice --headless -env:UserInstallation=file://"$work"/profile \
        --infilter="CSV:44,34,76,1,$2,2052,false,true" --convert-to xlsx --outdir . "$work/$1.csv" >/dev/null
}

# Projects with Chinese headers, Chinese labels for type and stage, and typed dates (columns 6 and 7, YMD).
cat >"$work/projects-zh.csv" <<'CSV'
项目代码,项目名称,项目类型,区划代码,项目阶段,计划开工日期,计划完工日期
P1,幸福小区改造,老旧小区改造,650102,在建,2026-03-05,2026-12-31
P2,水磨河口袋公园,口袋公园,650103,储备,2026-04-01,2027-01-15
CSV
convert projects-zh "1/2/2/2/3/2/4/2/5/2/6/5/7/5"

# The same with a day that is not one (2026-02-30 stays text) in row 3, column 计划开工日期 (planned_start).
cat >"$work/projects-bad-date.csv" <<'CSV'
项目代码,项目名称,项目类型,区划代码,项目阶段,计划开工日期,计划完工日期
P1,幸福小区改造,老旧小区改造,650102,在建,2026-03-05,2026-12-31
P2,水磨河口袋公园,口袋公园,650103,储备,2026-02-30,2027-01-15
CSV
convert projects-bad-date "1/2/2/2/3/2/4/2/5/2/6/5/7/5"

# Indicator values with Chinese headers, one indicator named by its Chinese name.
cat >"$work/values-zh.csv" <<'CSV'
区划代码,指标代码,年份,数值,数据来源
A,I1,2025,80.5,普查
B,隐患,2025,3,住建局
CSV
convert values-zh "1/2/2/2/3/1/4/1/5/2"

# Lifeline sensors with Chinese headers, quantities by their labels, one sensor with a threshold rule (JSON in a
# cell), and a row with an unknown quantity (row 4) for the refusal.
cat >"$work/sensors-zh.csv" <<'CSV'
传感器编号,监测量,计量单位,设施编号,报警规则
GAS-01,可燃气体浓度,%LEL,GAS-MAIN-1,"[{""kind"":""threshold"",""direction"":""above"",""limits"":{""4"":10,""3"":20,""2"":25,""1"":50},""hysteresis"":2}]"
PRESS-01,压力,MPa,GAS-MAIN-1,
CSV
convert sensors-zh "1/2/2/2/3/2/4/2/5/2"
cat >"$work/sensors-bad.csv" <<'CSV'
传感器编号,监测量,计量单位,设施编号
GAS-01,可燃气体浓度,%LEL,GAS-MAIN-1
PRESS-01,压力,MPa,GAS-MAIN-1
HUM-01,湿度,%,GAS-MAIN-1
CSV
convert sensors-bad "1/2/2/2/3/2/4/2"

# Dates, date-times and times as typed cells (detected by Calc), and a plain number beside them.
cat >"$work/dates.csv" <<'CSV'
day,moment,time,number
2026-03-05,2026-03-05 13:40,13:40:00,1.5
1900-03-01,1999-12-31 23:59:59,00:00:30,45356
CSV
convert dates "1/5/2/1/3/1/4/1"

# Historical cases in the case template's layout (oasis templates cases): typed date-times and a day alone in the time
# columns (2 and 3, YMD), a category by code and one by its Chinese name; row 4 closed before it was created, row 5 with
# a category the taxonomy does not have.
cat >"$work/cases-template.csv" <<'CSV'
案件编号 (external_id),受理时间 (created_at),办结时间 (closed_at),案件类别 (category),来源渠道 (channel),问题描述 (description),地址 (address),经度 (longitude),纬度 (latitude),区划代码 (region),责任单位 (unit)
K1,2026-03-05 13:40,2026-03-05 17:05,C0101,phone,井盖缺失,和平南路,87.6,43.78,650102,
K2,2026-03-07,,暴露垃圾,web,垃圾散落,,,,650103,
K3,2026-03-08 08:00,2026-03-07 08:00,路灯,phone,路灯不亮,,,,650102,
K4,2026-03-09 10:00,,不存在的类别,phone,其他,,,,650102,
CSV
convert cases-template "1/2/2/5/3/5/4/2/5/2/6/2/7/2/8/1/9/1/10/2/11/2"
