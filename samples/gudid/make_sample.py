import uuid, os, sys
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
def gs1(body13):  # body without check, 13 digits -> GTIN-14
    assert len(body13) == 13
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body13)))
    return body13 + str((10 - s % 10) % 10)
def gtin(prefix7, item5, ind='0'):
    return gs1(ind + prefix7 + item5)
C = {
 0: ("Meridian Medical Devices, Inc.", "079512348", "9506000", "+1(555)010-2000", "udi@meridian-medical.example"),
 1: ("Harbor Patient Monitoring LLC", "081734562", "9506001", "+1(555)010-3100", "regulatory@harbor-pm.example"),
 2: ("Kestrel Respiratory Corp.", "062198457", "9506002", "+1(555)010-4200", "service@kestrel-resp.example"),
 3: ("Alder Orthopaedics Ltd.", "218830046", "9506003", "+44 20 5550 1234", "udi@alder-ortho.example"),
 4: ("Bluefin Vascular, Inc.", "043377120", "9506004", "+1(555)010-5300", "customer.care@bluefin-vascular.example"),
 5: ("Cobalt Imaging Software GmbH", "315672209", "9506005", "+49 30 5550 7788", "support@cobalt-imaging.example"),
 6: ("Sable Cardiac Rhythm Management, Inc.", "097245118", "9506006", "+1(555)010-6400", "crm.udi@sable-crm.example"),
 7: ("Westbrook Surgical Supply Co.", "055123908", None, "+1(555)010-7500", "orders@westbrook-surgical.example"),
 8: ("Pinecrest Catheter Company", "066871245", None, "+1(555)010-8600", None),
 9: ("Riverside Tissue Services", "027639951", None, "+1(555)010-9700", "tissue.udi@riverside-tissue.example"),
}
# customer-contact phone extensions (most labelers give none)
EXT = {6: "2231", 7: "214"}
PC = {
 "FRN": "Pump, Infusion", "FPA": "Set, Administration, Intravascular", "MHX": "Monitor, Physiological, Patient(With Arrhythmia Detection Or Alarms)",
 "DQA": "Oximeter", "DXN": "System, Measurement, Blood-Pressure, Non-Invasive", "DRG": "Transmitters And Receivers, Physiological Signal, Radiofrequency",
 "DPS": "Electrocardiograph", "FLL": "Thermometer, Electronic, Clinical", "CBK": "Ventilator, Continuous, Facility Use",
 "CCK": "Analyzer, Gas, Carbon-Dioxide, Gaseous-Phase", "BSZ": "Gas-Machine, Anesthesia", "MAX": "Intervertebral Fusion Device With Bone Graft, Lumbar",
 "JWH": "Prosthesis, Knee, Patellofemorotibial, Semi-Constrained, Uhmwpe/Metal/Polymer, Cemented",
 "LPH": "Prosthesis, Hip, Semi-Constrained, Metal/Polymer, Porous Uncemented", "FOZ": "Catheter, Intravascular, Therapeutic, Short-Term Less Than 30 Days",
 "LJS": "Catheter, Intravascular, Therapeutic, Long-Term Greater Than 30 Days", "DQY": "Catheter, Percutaneous", "NIQ": "Coronary Drug-Eluting Stent",
 "FMI": "Needle, Hypodermic, Single Lumen", "FMF": "Syringe, Piston", "LLZ": "System, Image Processing, Radiological",
 "QAS": "Radiological Computer-Assisted Triage And Notification Software", "IYN": "System, Imaging, Pulsed Doppler, Ultrasonic",
 "NIK": "Defibrillator, Automatic Implantable Cardioverter, With Cardiac Resynchronization (Crt-D)", "LWS": "Implantable Cardioverter Defibrillator (Non-Crt)",
 "KRG": "Programmer, Pacemaker", "MKJ": "Automated External Defibrillators (Non-Wearable)", "MQV": "Filler, Bone Void, Calcium Compound",
}
# gmdn: name, definition, code (synthetic 5-digit placeholders), implantable
G = {
 "pump": ("General-purpose infusion pump", "A mains electricity (AC-powered) device designed to deliver fluids and medications into a patient at controlled rates.", "90001", False),
 "syrpump": ("Syringe infusion pump", "A device that delivers a drug or fluid from a syringe at a controlled rate.", "90002", False),
 "adminset": ("Intravenous administration set, non-vented", "A sterile assembly of tubing and components used to deliver fluids from a container into the venous system.", "90003", False),
 "monitor": ("Multiple physiological parameter monitoring system", "An assembly of devices that continuously measures and displays several physiological parameters of a patient.", "90004", False),
 "oxi": ("Pulse oximeter", "A device that measures arterial haemoglobin oxygen saturation (SpO2) noninvasively.", "90005", False),
 "oxisensor": ("Pulse oximeter probe, single-use", "A noninvasive sensor applied to a finger to measure SpO2, intended for single use.", "90006", False),
 "nibp": ("Noninvasive blood pressure monitor", "A device that measures arterial blood pressure with an inflatable cuff.", "90007", False),
 "telemetry": ("Physiological telemetry transmitter", "A patient-worn device that transmits physiological signals to a central station.", "90008", False),
 "ecg": ("Electrocardiograph, multichannel", "A device that records the electrical activity of the heart from several leads.", "90009", False),
 "thermo": ("Electronic clinical thermometer", "A device that measures body temperature electronically.", "90010", False),
 "vent": ("Intensive-care ventilator", "A device that provides positive-pressure ventilation to a patient in intensive care.", "90011", False),
 "tventil": ("Transport ventilator", "A portable ventilator used during patient transport.", "90012", False),
 "capno": ("Capnograph", "A device that measures carbon dioxide in the respired gas.", "90013", False),
 "anaes": ("Anaesthesia workstation", "An assembly that delivers anaesthetic gases and ventilates the patient during anaesthesia.", "90014", False),
 "cage": ("Lumbar interbody fusion cage", "A sterile implantable device placed between lumbar vertebrae to promote fusion.", "90015", True),
 "knee": ("Knee femur prosthesis component", "A sterile implantable device that replaces the distal femoral articulating surface.", "90016", True),
 "hipstem": ("Uncoated femoral stem prosthesis, cementless", "A sterile implantable device that replaces the proximal femur, fixed without cement.", "90017", True),
 "cup": ("Acetabular shell", "A sterile implantable device forming the outer component of an acetabular prosthesis.", "90018", True),
 "cvc": ("Central venous catheter, short-term", "A sterile flexible tube inserted into a central vein for short-term access.", "90019", False),
 "picc": ("Peripherally-inserted central venous catheter", "A sterile catheter inserted through a peripheral vein with its tip in a central vein.", "90020", False),
 "angio": ("Angiographic catheter", "A sterile catheter used to deliver contrast media into the vascular system.", "90021", False),
 "des": ("Drug-eluting coronary stent", "A sterile implantable tubular mesh coated with a drug, for coronary arteries.", "90022", True),
 "needle": ("Hypodermic needle, single-use", "A sterile hollow needle for injection or aspiration, for single use.", "90023", False),
 "syringe": ("General-purpose syringe, single-use", "A sterile piston syringe for general injection, for single use.", "90024", False),
 "imgsw": ("Radiology image processing software", "Software that processes and displays radiological images.", "90025", False),
 "triage": ("Radiological triage software", "Software that analyses images and notifies clinicians of suspected findings.", "90026", False),
 "us": ("General-purpose ultrasound imaging system", "An assembly that produces images of internal structures with ultrasound.", "90027", False),
 "crtd": ("Cardiac resynchronization therapy implantable defibrillator", "An implantable, battery-powered device providing pacing, defibrillation and cardiac resynchronization therapy.", "90028", True),
 "icd": ("Dual-chamber implantable defibrillator", "An implantable, battery-powered device that detects and treats ventricular tachyarrhythmias.", "90029", True),
 "prog": ("Cardiac pulse generator programmer", "A device used to interrogate and programme implanted cardiac rhythm devices.", "90030", False),
 "aed": ("Public automated external defibrillator", "A portable device that analyses the heart rhythm and delivers a shock when needed.", "90031", False),
 "pads": ("External defibrillator electrode, adult, single-use", "A pair of self-adhesive electrodes used with an external defibrillator.", "90032", False),
 "ivcath": ("Peripheral intravenous catheter", "A sterile short catheter placed in a peripheral vein.", "90033", False),
 "foley": ("Indwelling urethral drainage catheter", "A sterile catheter placed in the bladder for urine drainage.", "90034", False),
 "bone": ("Bone matrix implant, human-derived", "A sterile implant of processed human bone used to fill bone voids.", "90035", True),
}
models = []
def M(di, agency, c, brand, model, cat, desc, pcs, gm, subs, pi, *, ster=False, prior=False, single=False,
      mri="Labeling does not contain MRI Safety Information", status="In Commercial Distribution", end="",
      methods=(), pkgs=(), rx=True, otc=False, hctp=False, kit=False, combo=False, nonrl=False, sizes=(), env=(),
      version=1, vdate="2024-03-01", pub="2019-06-15", exempt=False, count=1, uou=None):
    models.append(dict(di=di, agency=agency, c=c, brand=brand, model=model, cat=cat, desc=desc, pcs=pcs, gm=gm, subs=subs,
        pi=pi, ster=ster, prior=prior, single=single, mri=mri, status=status, end=end, methods=methods, pkgs=pkgs, rx=rx,
        otc=otc, hctp=hctp, kit=kit, combo=combo, nonrl=nonrl, sizes=sizes, env=env, version=version, vdate=vdate, pub=pub,
        exempt=exempt, count=count, uou=uou))
T_ROOM = [("Storage Environment Temperature", "Degrees Celsius", "30", "Degrees Celsius", "15", ""),
          ("Storage Environment Humidity", "Percent (%) Relative Humidity", "85", "Percent (%) Relative Humidity", "10", "")]
T_DRY = [("Special Storage Condition, Specify", "", "", "", "", "Keep dry. Keep away from sunlight.")]
T_IMPLANT = [("Storage Environment Temperature", "Degrees Celsius", "40", "Degrees Celsius", "-10", "")] + T_DRY
# PI flags: lot, serial, mfg, exp, donation
p0 = gtin("9506000", "13435"); assert p0 == "09506000134352", p0
p1 = gtin("9506000", "14321"); assert p1 == "09506000143217", p1
M(p0, "GS1", 0, "Meridian VIP", "VIP-3000", "VIP3000-US", "Volumetric infusion pump with drug library, large-volume, single channel", ["FRN"], ["pump"], [("K213377", "")], (1,1,0,1,0), mri="MR Unsafe", version=4, vdate="2025-02-10", env=T_ROOM)
M(p1, "GS1", 0, "Arcus", "ARC-12-STD", "ARC12STD", "Arcus cementless femoral hip stem, size 12, standard offset, Ti-6Al-4V", ["LPH"], ["hipstem"], [("K190842", "")], (1,1,1,1,0), ster=True, single=True, mri="MR Conditional", methods=["Radiation Sterilization"], sizes=[("Length", "Millimeter", "140", "")], env=T_IMPLANT, version=2, vdate="2025-01-20")
M(gtin("9506000", "13511"), "GS1", 0, "Meridian VIP", "VIP-SET-20", "VS20", "Non-vented primary IV administration set, 20 drops/mL, 2.8 m, for VIP pumps", ["FPA"], ["adminset"], [("K213377", "")], (1,0,0,1,0), ster=True, single=True, methods=["Ethylene Oxide"], nonrl=True, pkgs=[("1", "13511", 20, "Box"), ("2", "13511", 8, "Case")], env=T_DRY)
M(gtin("9506000", "13620"), "GS1", 0, "Meridian SP", "SP-50", "SP50", "Syringe infusion pump, 1 to 60 mL syringes", ["FRN"], ["syrpump"], [("K201154", "")], (0,1,1,0,0), mri="MR Unsafe")
M(gtin("9506000", "12200"), "GS1", 0, "Meridian VIP", "VIP-2000", "VIP2000", "Volumetric infusion pump, single channel (previous generation)", ["FRN"], ["pump"], [("K162201", "")], (0,1,0,0,0), status="Not in Commercial Distribution", end="2023-06-30", mri="MR Unsafe", version=6, vdate="2023-07-05", pub="2016-09-01")
M(gtin("9506001", "00017"), "GS1", 1, "Harbor Vista", "HPM-12", "HPM12-BASE", "12.1-inch bedside patient monitor: ECG, SpO2, NIBP, temperature, two invasive pressures", ["MHX"], ["monitor"], [("K182450", "")], (0,1,1,0,0), mri="MR Unsafe", env=T_ROOM)
M(gtin("9506001", "00024"), "GS1", 1, "Harbor SpotCheck", "SC-O2", "SCO2", "Handheld pulse oximeter with rechargeable battery", ["DQA"], ["oxi"], [("K171022", "")], (0,1,0,0,0))
M(gtin("9506001", "00031"), "GS1", 1, "Harbor Cuffline", "CL-200", "CL200", "Automatic noninvasive blood pressure monitor, adult and paediatric", ["DXN"], ["nibp"], [("K160908", "")], (0,1,0,0,0))
M(gtin("9506001", "00048"), "GS1", 1, "Harbor Vista", "HPM-8T", "HPM8T", "8-inch transport patient monitor", ["MHX"], ["monitor"], [("K141187", "")], (0,1,1,0,0), status="Not in Commercial Distribution", end="2022-12-31", version=5, vdate="2023-01-15", pub="2015-02-01")
M(gtin("9506001", "00055"), "GS1", 1, "Harbor Tele", "HT-4", "HT4", "4-lead ECG and SpO2 telemetry transmitter", ["DRG"], ["telemetry"], [("K190077", "")], (0,1,1,0,0))
M(gtin("9506001", "00062"), "GS1", 1, "Harbor SpotCheck", "SCS-A", "SCSA24", "Adult single-use SpO2 finger sensor, 90 cm cable", ["DQA"], ["oxisensor"], [("K171022", "")], (1,0,0,1,0), single=True, nonrl=True, pkgs=[("1", "00062", 24, "Box")])
M(gtin("9506001", "00079"), "GS1", 1, "Harbor Rhythm", "HR-12L", "HR12L", "12-lead resting electrocardiograph with interpretation", ["DPS"], ["ecg"], [("K151616", "")], (0,1,1,0,0))
M(gtin("9506001", "00086"), "GS1", 1, "Harbor TempQuick", "TQ-1", "TQ1", "Electronic oral/axillary thermometer", ["FLL"], ["thermo"], [], (1,0,0,0,0), rx=False, otc=True, exempt=True)
M(gtin("9506002", "70001"), "GS1", 2, "Kestrel", "V700", "V700-ICU", "Intensive-care ventilator, invasive and noninvasive, adult to neonatal", ["CBK"], ["vent"], [("K200611", "")], (0,1,1,0,0), mri="MR Unsafe", version=3, vdate="2025-05-02", env=T_ROOM)
M(gtin("9506002", "70018"), "GS1", 2, "Kestrel", "T2", "T2-TRANS", "Transport ventilator, turbine-driven, with internal battery", ["CBK"], ["tventil"], [("K211938", "")], (0,1,1,0,0), mri="MR Conditional")
M(gtin("9506002", "70025"), "GS1", 2, "Kestrel CapnoLine", "CL-1", "CL1", "Sidestream capnography module", ["CCK"], ["capno"], [("K182201", "")], (0,1,0,0,0))
M(gtin("9506002", "70032"), "GS1", 2, "Kestrel Aura", "A-5", "AURA5", "Anaesthesia workstation with integrated ventilator", ["BSZ"], ["anaes"], [("K173398", "")], (0,1,1,0,0), mri="MR Unsafe")
M(gtin("9506002", "50005"), "GS1", 2, "Kestrel", "V500", "V500-ICU", "Intensive-care ventilator (previous generation)", ["CBK"], ["vent"], [("K123318", ""), ("K123318", "S001")], (0,1,0,0,0), status="Not in Commercial Distribution", end="2021-03-31", version=7, vdate="2021-04-02", pub="2014-11-20")
M(gtin("9506003", "40011"), "GS1", 3, "Alder Span", "ASL-10-26", "ASL1026", "Lumbar interbody fusion cage, PEEK, 10 mm x 26 mm, 8 degree lordosis", ["MAX"], ["cage"], [("K181776", "")], (1,1,0,1,0), ster=True, single=True, mri="MR Safe", methods=["Radiation Sterilization"], sizes=[("Height", "Millimeter", "10", ""), ("Length", "Millimeter", "26", "")])
M(gtin("9506003", "40028"), "GS1", 3, "Alder Span", "ASL-12-26", "ASL1226", "Lumbar interbody fusion cage, PEEK, 12 mm x 26 mm, 8 degree lordosis", ["MAX"], ["cage"], [("K181776", "")], (1,1,0,1,0), ster=True, single=True, mri="MR Safe", methods=["Radiation Sterilization"], sizes=[("Height", "Millimeter", "12", ""), ("Length", "Millimeter", "26", "")])
M(gtin("9506003", "41003"), "GS1", 3, "Alder Motion", "AMK-F4R", "AMKF4R", "Cemented femoral knee component, size 4, right, CoCr", ["JWH"], ["knee"], [("K172255", "")], (1,1,0,1,0), ster=True, single=True, mri="MR Conditional", methods=["Ethylene Oxide"])
M(gtin("9506003", "42000"), "GS1", 3, "Alder Motion", "AMC-54", "AMC54", "Porous titanium acetabular shell, 54 mm", ["LPH"], ["cup"], [("K190843", "")], (1,1,0,1,0), ster=True, single=True, mri="MR Conditional", methods=["Radiation Sterilization"], sizes=[("Outer Diameter", "Millimeter", "54", "")])
M(gtin("9506004", "10002"), "GS1", 4, "Bluefin CVC", "BCV-7F-3L", "BCV7F3L20", "Triple-lumen central venous catheter, 7 Fr, 20 cm, with 18\" guidewire", ["FOZ"], ["cvc"], [("K182920", "")], (1,0,0,1,0), ster=True, single=True, methods=["Ethylene Oxide"], nonrl=True, pkgs=[("1", "10002", 10, "Box")], sizes=[("Catheter Gauge", "French", "7", ""), ("Length", "Centimeter", "20", "")])
M(gtin("9506004", "10019"), "GS1", 4, "Bluefin PICC", "BPI-5F-2L", "BPI5F2L", "Dual-lumen power-injectable PICC, 5 Fr, 55 cm", ["LJS"], ["picc"], [("K191533", "")], (1,0,0,1,0), ster=True, single=True, methods=["Ethylene Oxide"], mri="MR Conditional", pkgs=[("1", "10019", 5, "Box")])
M(gtin("9506004", "10026"), "GS1", 4, "Bluefin Angio", "BAN-5F-PIG", "BAN5FPIG", "Pigtail angiographic catheter, 5 Fr, 110 cm", ["DQY"], ["angio"], [("K150771", "")], (1,0,0,1,0), ster=True, single=True, methods=["Ethylene Oxide"], pkgs=[("1", "10026", 10, "Box")])
M(gtin("9506004", "20001"), "GS1", 4, "Bluefin Elute", "BEL-3.0-18", "BEL3018", "Everolimus-eluting coronary stent system, 3.0 mm x 18 mm", ["NIQ"], ["des"], [("P210014", ""), ("P210014", "S003")], (1,1,0,1,0), ster=True, single=True, methods=["Ethylene Oxide"], mri="MR Conditional", combo=True, sizes=[("Outer Diameter", "Millimeter", "3.0", ""), ("Length", "Millimeter", "18", "")], version=3, vdate="2025-04-11")
M(gtin("9506004", "30000"), "GS1", 4, "Bluefin Sharps", "BSN-21G-1", "BSN21G1", "Hypodermic needle, 21 G x 1 inch, thin wall", ["FMI"], ["needle"], [("K093301", "")], (1,0,0,1,0), ster=True, single=True, methods=["Radiation Sterilization"], nonrl=True, pkgs=[("1", "30000", 100, "Box"), ("3", "30000", 10, "Case")], uou=gtin("9506004", "30024"))
M(gtin("9506004", "30017"), "GS1", 4, "Bluefin Sharps", "BSY-10", "BSY10", "Luer-lock piston syringe, 10 mL", ["FMF"], ["syringe"], [("K093302", "")], (1,0,0,1,0), ster=True, single=True, methods=["Ethylene Oxide"], pkgs=[("1", "30017", 100, "Box")])
M(gtin("9506005", "00104"), "GS1", 5, "Cobalt View", "4.2", "CV-4", "Radiology image viewing and processing software", ["LLZ"], ["imgsw"], [("K221905", "")], (1,0,0,0,0), version=9, vdate="2025-06-30")
M(gtin("9506005", "00111"), "GS1", 5, "Cobalt Triage", "2.0", "CT-2", "Software that flags suspected intracranial haemorrhage on head CT for worklist prioritisation", ["QAS"], ["triage"], [("K230118", "")], (1,0,0,0,0))
M(gtin("9506005", "00203"), "GS1", 5, "Cobalt Sono", "CS-90", "CS90", "Cart-based general-purpose ultrasound imaging system", ["IYN"], ["us"], [("K201707", "")], (0,1,1,0,0), mri="MR Unsafe")
M(gtin("9506006", "00015"), "GS1", 6, "Sable Quadra CRT-D", "SQD-410", "SQD410", "CRT-D, quadripolar LV, DF4/IS4", ["NIK", "KRG"], ["crtd"], [("P190021", ""), ("P190021", "S012")], (0,1,1,0,0), ster=True, single=True, mri="MR Conditional", methods=["Ethylene Oxide"], version=6, vdate="2025-02-05")
M(gtin("9506006", "00022"), "GS1", 6, "Sable Guard ICD", "SGD-200", "SGD200", "Dual-chamber implantable cardioverter defibrillator, DF4", ["LWS"], ["icd"], [("P190022", "")], (0,1,1,0,0), ster=True, single=True, mri="MR Conditional", methods=["Ethylene Oxide"])
M(gtin("9506006", "00039"), "GS1", 6, "Sable Link", "SLP-3", "SLP3", "Programmer for Sable implantable cardiac devices", ["KRG"], ["prog"], [("P190021", "S004")], (0,1,0,0,0))
M(gtin("9506006", "00046"), "GS1", 6, "Sable Rescue", "SR-AED", "SRAED", "Semi-automatic external defibrillator for public access", ["MKJ"], ["aed"], [("P200031", "")], (0,1,1,0,0), rx=False, otc=True, mri="MR Unsafe")
M(gtin("9506006", "00053"), "GS1", 6, "Sable Rescue", "SR-PAD-A", "SRPADA", "Adult defibrillation electrode pads for Sable Rescue AED", ["MKJ"], ["pads"], [("P200031", "")], (1,0,0,1,0), single=True, nonrl=True)
M("A123BJC5D6E71", "HIBCC", 7, "Westbrook FlowSafe", "BJC5D6E7", "BJC5D6E7", "Safety peripheral IV catheter, 20 G x 1.16 inch", ["FOZ"], ["ivcath"], [("K172980", "")], (1,0,0,1,0), ster=True, single=True, methods=["Ethylene Oxide"], nonrl=True, pkgs=[("A123BJC5D6E72", None, 50, "Box"), ("A123BJC5D6E73", None, 4, "Case")])
M("A123SYR10LL0", "HIBCC", 7, "Westbrook", "SYR10LL", "SYR10LL", "Luer-lock syringe, 10 mL, sterile", ["FMF"], ["syringe"], [("K093377", "")], (1,0,0,1,0), ster=True, single=True, methods=["Ethylene Oxide"], pkgs=[("A123SYR10LL2", None, 100, "Box")])
M("H456URO16F1", "HIBCC", 8, "Pinecrest", "URO-16F", "URO16F", "Two-way silicone Foley catheter, 16 Fr, 10 mL balloon", ["FOZ"], ["foley"], [("K061234", "")], (1,0,0,1,0), ster=True, single=True, methods=["Ethylene Oxide"], status="Not in Commercial Distribution", end="2024-09-30", version=3, vdate="2024-10-02", pub="2017-05-11")
M("A9999XYZ100T0476", "ICCBBA", 9, "Riverside OsteoFill", "XYZ100", "RTS-XYZ100", "Demineralized bone matrix putty, 5 cc, human-derived (HCT/P)", ["MQV"], ["bone"], [("K201812", "")], (1,1,1,1,1), ster=True, single=True, hctp=True, methods=["Radiation Sterilization"], sizes=[("Total Volume", "Cubic Centimeter", "5", "")])
M("A9999XYZ200T0476", "ICCBBA", 9, "Riverside OsteoFill", "XYZ200", "RTS-XYZ200", "Demineralized bone matrix putty, 10 cc, human-derived (HCT/P)", ["MQV"], ["bone"], [("K201812", "")], (1,1,1,1,1), ster=True, single=True, hctp=True, methods=["Radiation Sterilization"], sizes=[("Total Volume", "Cubic Centimeter", "10", "")])

def b(x): return "true" if x else "false"
def w(name, header, rows):
    with open(os.path.join(out, name), "w", newline="") as f:
        f.write("|".join(header) + "\n")
        for r in rows:
            r = ["" if v is None else str(v) for v in r]
            assert len(r) == len(header) and not any("|" in v or "\n" in v for v in r), r
            f.write("|".join(r) + "\n")
dev, ids, pcs, gms, subs, sts, cons, szs, envs = [], [], [], [], [], [], [], [], []
for m in models:
    c = C[m["c"]]
    key = str(uuid.uuid5(uuid.NAMESPACE_URL, "uditrust-sample:" + m["di"]))
    lot, ser, mfg, exp, don = m["pi"]
    dev.append([m["di"], key, "Update" if m["version"] > 1 else "New", "Published", m["version"], m["vdate"], m["pub"], m["end"],
        m["status"], m["brand"], m["model"], m["cat"], c[1], c[0], m["count"], m["desc"], "false", b(m["exempt"]), b(m["hctp"]),
        b(m["kit"]), b(m["combo"]), b(m["single"]), b(lot), b(ser), b(mfg), b(exp), b(don), "false", b(m["nonrl"]), m["mri"],
        b(m["rx"]), b(m["otc"]), b(m["ster"]), b(m["prior"])])
    ids.append([m["di"], m["di"], "Primary", m["agency"], "", "", "", "", ""])
    contains = m["di"]
    for ind, item, qty, typ in m["pkgs"]:
        pdi = gtin(C[m["c"]][2], item, ind) if m["agency"] == "GS1" else ind
        ids.append([m["di"], pdi, "Package", m["agency"], contains, qty, "", "In Commercial Distribution", typ])
        contains = pdi
    if m["uou"]:
        ids.append([m["di"], m["uou"], "Unit of Use", m["agency"], "", "", "", "", ""])
    for code in m["pcs"]:
        pcs.append([m["di"], code, PC[code]])
    for g in m["gm"]:
        n, d, code, imp = G[g]
        gms.append([m["di"], n, d, code, "Active", b(imp)])
    for s, sup in m["subs"]:
        subs.append([m["di"], s, sup])
    for meth in m["methods"]:
        sts.append([m["di"], meth])
    cons.append([m["di"], c[3], EXT.get(m["c"], ""), c[4]])
    for t, u, v, txt in m["sizes"]:
        szs.append([m["di"], t, u, v, txt])
    for e in m["env"]:
        envs.append([m["di"]] + list(e))
w("device.txt", "PrimaryDI|publicDeviceRecordKey|publicVersionStatus|deviceRecordStatus|publicVersionNumber|publicVersionDate|devicePublishDate|deviceCommDistributionEndDate|deviceCommDistributionStatus|brandName|versionModelNumber|catalogNumber|dunsNumber|companyName|deviceCount|deviceDescription|DMExempt|premarketExempt|deviceHCTP|deviceKit|deviceCombinationProduct|singleUse|lotBatch|serialNumber|manufacturingDate|expirationDate|donationIdNumber|labeledContainsNRL|labeledNoNRL|MRISafetyStatus|rx|otc|deviceSterile|sterilizationPriorToUse".split("|"), dev)
w("identifiers.txt", "PrimaryDI|deviceId|deviceIdType|deviceIdIssuingAgency|containsDINumber|pkgQuantity|pkgDiscontinuedate|pkgStatus|pkgType".split("|"), ids)
w("productCodes.txt", ["PrimaryDI", "productCode", "productCodeName"], pcs)
w("gmdnTerms.txt", "PrimaryDI|gmdnPTName|gmdnPTDefinition|gmdnCode|gmdnCodeStatus|implantable".split("|"), gms)
w("premarketSubmissions.txt", ["PrimaryDI", "submissionNumber", "supplementNumber"], subs)
w("sterilizationMethodTypes.txt", ["PrimaryDI", "sterilizationMethod"], sts)
w("contacts.txt", ["PrimaryDI", "phone", "phoneExtension", "email"], cons)
w("deviceSizes.txt", ["PrimaryDI", "sizeType", "size (Unit)", "size (Value)", "sizeText"], szs)
w("environmentalConditions.txt", "PrimaryDI|storageHandlingType|storageHandlingHigh (Unit)|storageHandlingHigh (Value)|storageHandlingLow (Unit)|storageHandlingLow (Value)|storageHandlingSpecialConditionText".split("|"), envs)
print(len(dev), len(ids), len(pcs), len(gms), len(subs), len(sts), len(cons), len(szs), len(envs))

import json
def lookup(m, udi=None):
    c = C[m["c"]]
    lot, ser, mfg, exp, don = m["pi"]
    idl = [dict(deviceId=r[1], deviceIdType=r[2], deviceIdIssuingAgency=r[3], containsDINumber=r[4] or None,
                pkgQuantity=int(r[5]) if r[5] != "" else None, pkgDiscontinueDate=None, pkgStatus=r[7] or None, pkgType=r[8] or None)
           for r in ids if r[0] == m["di"]]
    d = {"publicDeviceRecordKey": str(uuid.uuid5(uuid.NAMESPACE_URL, "uditrust-sample:" + m["di"])),
         "publicVersionStatus": "Update" if m["version"] > 1 else "New", "deviceRecordStatus": "Published",
         "publicVersionNumber": m["version"], "publicVersionDate": m["vdate"] + "T00:00:00.000Z",
         "devicePublishDate": m["pub"] + "T00:00:00.000Z",
         "deviceCommDistributionEndDate": (m["end"] + "T00:00:00.000Z") if m["end"] else None,
         "deviceCommDistributionStatus": m["status"], "identifiers": {"identifier": idl},
         "brandName": m["brand"], "versionModelNumber": m["model"], "catalogNumber": m["cat"], "dunsNumber": c[1],
         "companyName": c[0], "deviceCount": m["count"], "deviceDescription": m["desc"], "DMExempt": False,
         "premarketExempt": m["exempt"], "deviceHCTP": m["hctp"], "deviceKit": m["kit"], "deviceCombinationProduct": m["combo"],
         "singleUse": m["single"], "lotBatch": bool(lot), "serialNumber": bool(ser), "manufacturingDate": bool(mfg),
         "expirationDate": bool(exp), "donationIdNumber": bool(don), "labeledContainsNRL": False, "labeledNoNRL": m["nonrl"],
         "MRISafetyStatus": m["mri"], "rx": m["rx"], "otc": m["otc"],
         "contacts": {"customerContact": [{"phone": c[3], "phoneExtension": EXT.get(m["c"]), "email": c[4]}]},
         "gmdnTerms": {"gmdn": [dict(gmdnPTName=G[g][0], gmdnPTDefinition=G[g][1], gmdnCode=G[g][2], gmdnCodeStatus="Active", implantable=G[g][3]) for g in m["gm"]]},
         "productCodes": {"fdaProductCode": [dict(productCode=pc, productCodeName=PC[pc]) for pc in m["pcs"]]},
         "deviceSizes": {"deviceSize": [dict(sizeType=t, size=dict(unit=u, value=v), sizeText=txt or None) for t, u, v, txt in m["sizes"]]} if m["sizes"] else None,
         "environmentalConditions": {"storageHandling": [dict(storageHandlingType=t,
             storageHandlingHigh=dict(unit=hu, value=hv) if hu else None, storageHandlingLow=dict(unit=lu, value=lv) if lu else None,
             storageHandlingSpecialConditionText=txt or None) for t, hu, hv, lu, lv, txt in m["env"]]} if m["env"] else None,
         "sterilization": {"deviceSterile": m["ster"], "sterilizationPriorToUse": m["prior"],
                           "methodTypes": {"sterilizationMethod": list(m["methods"])} if m["methods"] else None},
         "premarketSubmissions": {"premarketSubmission": [dict(submissionNumber=s, supplementNumber=sup or None) for s, sup in m["subs"]]}}
    r = {"gudid": {"device": d}, "productCodes": [dict(productCode=pc, deviceName=PC[pc]) for pc in m["pcs"]]}
    if udi:
        r["udi"] = udi
    return r
os.makedirs(os.path.join(out, "..", "lookup"), exist_ok=True)
by = {m["di"]: m for m in models}
for di, udi in [("09506000143217", {"udi": "(01)09506000143217(11)250115(17)300114(10)L2501-A7(21)SN000418", "issuingAgency": "GS1", "di": "09506000143217",
        "manufacturingDateOriginal": "250115", "manufacturingDateOriginalFormat": "YYMMDD", "manufacturingDate": "2025-01-15",
        "expirationDateOriginal": "300114", "expirationDateOriginalFormat": "YYMMDD", "expirationDate": "2030-01-14",
        "lotNumber": "L2501-A7", "serialNumber": "SN000418"}), ("A123BJC5D6E71", None)]:
    with open(os.path.join(out, "..", "lookup", "lookup-" + di + ".json"), "w") as f:
        json.dump(lookup(by[di], udi), f, indent=2, ensure_ascii=False)
        f.write("\n")

# The zipped copy, as downloaded: the same files at the top level, in name order, dated the release day.
import zipfile
zpath = os.path.normpath(out) + ".zip"
with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
    for name in sorted(os.listdir(out)):
        info = zipfile.ZipInfo(name, date_time=(2025, 11, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        with open(os.path.join(out, name), "rb") as f:
            z.writestr(info, f.read())
