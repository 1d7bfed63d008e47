"""Official counts several tests check against (as Congress counted them, January 2017)."""

OFFICIAL_2016_PRESIDENT = {
    "Donald Trump": 304,
    "Hillary Clinton": 227,
    "Colin Powell": 3,
    "Bernie Sanders": 1,
    "Faith Spotted Eagle": 1,
    "John Kasich": 1,
    "Ron Paul": 1,
}
OFFICIAL_2016_VICE_PRESIDENT = {
    "Mike Pence": 305,
    "Tim Kaine": 227,
    "Elizabeth Warren": 2,
    "Carly Fiorina": 1,
    "Maria Cantwell": 1,
    "Susan Collins": 1,
    "Winona LaDuke": 1,
}
