package org.uditrust.registry.gudid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.registry.DeviceModel;

class GudidLookupJsonTest {

    /**
     * A real AccessGUDID lookup response (Medtronic Viva Quad XT CRT-D, DI 00643169007222), as stored in OpenEMR's
     * DeviceService.php (openemr/openemr, src/Services/DeviceService.php, comment in
     * createResultRecordFromDatabaseResult); long texts shortened, structure and values kept.
     */
    private static final String MEDTRONIC = "{\"gudid\":{\"device\":{\"publicDeviceRecordKey\":"
            + "\"cc0840a9-fc79-4cec-8f32-d07f0a3ea294\",\"publicVersionStatus\":\"Update\",\"deviceRecordStatus\":"
            + "\"Published\",\"publicVersionNumber\":6,\"publicVersionDate\":\"2021-02-05T00:00:00.000Z\","
            + "\"devicePublishDate\":\"2014-09-23T00:00:00.000Z\",\"deviceCommDistributionEndDate\":null,"
            + "\"deviceCommDistributionStatus\":\"In Commercial Distribution\",\"identifiers\":{\"identifier\":"
            + "[{\"deviceId\":\"00643169007222\",\"deviceIdType\":\"Primary\",\"deviceIdIssuingAgency\":\"GS1\","
            + "\"containsDINumber\":null,\"pkgQuantity\":null,\"pkgDiscontinueDate\":null,\"pkgStatus\":null,"
            + "\"pkgType\":null}]},\"brandName\":\"Viva™ Quad XT CRT-D\",\"versionModelNumber\":\"DTBA1QQ\","
            + "\"catalogNumber\":null,\"dunsNumber\":\"006261481\",\"companyName\":\"MEDTRONIC, INC.\","
            + "\"deviceCount\":1,\"deviceDescription\":\"CRT-D DTBA1QQ VIVA QUAD XT US IS4/DF4\",\"DMExempt\":false,"
            + "\"premarketExempt\":false,\"deviceHCTP\":false,\"deviceKit\":false,\"deviceCombinationProduct\":false,"
            + "\"singleUse\":true,\"lotBatch\":false,\"serialNumber\":true,\"manufacturingDate\":false,"
            + "\"expirationDate\":false,\"donationIdNumber\":false,\"labeledContainsNRL\":false,\"labeledNoNRL\":false,"
            + "\"MRISafetyStatus\":\"Labeling does not contain MRI Safety Information\",\"rx\":true,\"otc\":false,"
            + "\"contacts\":{\"customerContact\":[{\"phone\":\"+1(800)633-8766\",\"phoneExtension\":null,\"email\":"
            + "\"Corporate.UDI@medtronic.com\"}]},\"gmdnTerms\":{\"gmdn\":[{\"gmdnPTName\":\"Cardiac "
            + "resynchronization therapy implantable defibrillator\",\"gmdnPTDefinition\":\"An implantable, "
            + "battery-powered device …\"}]},\"productCodes\":{\"fdaProductCode\":[{\"productCode\":\"NIK\","
            + "\"productCodeName\":\"Defibrillator, automatic implantable cardioverter, with cardiac "
            + "resynchronization (CRT-D)\"},{\"productCode\":\"KRG\",\"productCodeName\":\"Programmer, pacemaker\"}]},"
            + "\"deviceSizes\":null,\"environmentalConditions\":{\"storageHandling\":[{\"storageHandlingType\":"
            + "\"Handling Environment Temperature\",\"storageHandlingHigh\":{\"unit\":\"Degrees Celsius\",\"value\":"
            + "\"55\"},\"storageHandlingLow\":{\"unit\":\"Degrees Celsius\",\"value\":\"-18\"},"
            + "\"storageHandlingSpecialConditionText\":null}]},\"sterilization\":{\"deviceSterile\":true,"
            + "\"sterilizationPriorToUse\":false,\"methodTypes\":null}}},\"productCodes\":[{\"productCode\":\"NIK\","
            + "\"deviceClass\":\"3\",\"implantFlag\":\"Y\",\"lifeSustainSupportFlag\":\"Y\",\"reviewPanel\":\"CV\"}],"
            + "\"udi\":{\"udi\":\"(01)00643169007222(17)160128(21)BLC200461H\",\"issuingAgency\":\"GS1\",\"di\":"
            + "\"00643169007222\",\"expirationDate\":\"2016-01-28\",\"lotNumber\":null,\"serialNumber\":\"BLC200461H\"}}";

    private final GudidLookupJson reader = new GudidLookupJson();

    @TempDir
    Path tmp;

    private DeviceModel parsed(LookupJsonResult r) {
        assertThat(r).isInstanceOf(LookupJsonResult.Parsed.class);
        return ((LookupJsonResult.Parsed) r).model();
    }

    @Test
    void readsARealLookupResponse() {
        DeviceModel m = parsed(reader.parse(MEDTRONIC.getBytes(StandardCharsets.UTF_8), "medtronic.json"));
        assertThat(m.primaryDi()).isEqualTo("00643169007222");
        assertThat(m.issuingAgency()).isEqualTo("GS1");
        assertThat(m.brandName()).isEqualTo("Viva™ Quad XT CRT-D");
        assertThat(m.versionModelNumber()).isEqualTo("DTBA1QQ");
        assertThat(m.catalogNumber()).isNull();
        assertThat(m.companyName()).isEqualTo("MEDTRONIC, INC.");
        assertThat(m.dunsNumber()).isEqualTo("006261481");
        assertThat(m.labelPi()).isEqualTo(new DeviceModel.PiFlags(false, true, false, false, false));
        assertThat(m.sterile()).isTrue();
        assertThat(m.sterilizationPriorToUse()).isFalse();
        assertThat(m.singleUse()).isTrue();
        assertThat(m.sterilizationMethods()).isEmpty();
        assertThat(m.productCodes()).extracting(DeviceModel.ProductCode::code).containsExactly("NIK", "KRG");
        assertThat(m.gmdnTerms()).extracting(DeviceModel.GmdnTerm::name)
                .containsExactly("Cardiac resynchronization therapy implantable defibrillator");
        assertThat(m.identifiers()).containsExactly(
                new DeviceModel.Identifier("00643169007222", "Primary", "GS1", null, null));
        assertThat(m.publicVersionNumber()).isEqualTo(6);
        assertThat(m.publicVersionDate()).isEqualTo(LocalDate.of(2021, 2, 5));
        assertThat(m.commercialDistributionStatus()).isEqualTo("In Commercial Distribution");
        assertThat(m.commercialDistributionEndDate()).isNull();
        // The contact, the absent sizes (null) and the handling temperatures, limits kept as the text given.
        assertThat(m.contacts()).containsExactly(
                new DeviceModel.Contact("+1(800)633-8766", null, "Corporate.UDI@medtronic.com"));
        assertThat(m.deviceSizes()).isEmpty();
        assertThat(m.storageConditions()).containsExactly(new DeviceModel.StorageCondition(
                "Handling Environment Temperature", "Degrees Celsius", "55", "Degrees Celsius", "-18", null));
    }

    @Test
    void readsTheSampleLookupFilesLikeTheReleaseRows() {
        RecordingVisitor release = new RecordingVisitor();
        try (AccessGudidRelease r = AccessGudidRelease.open(SampleRelease.DIR)) {
            r.read(release, Cancellation.NEVER, AccessGudidRelease.Progress.NONE);
        }
        DeviceModel hip = parsed(reader.read(SampleRelease.ROOT.resolve("lookup/lookup-09506000143217.json")));
        DeviceModel fromRelease = release.devices.get("09506000143217");
        assertThat(hip.brandName()).isEqualTo(fromRelease.brandName());
        assertThat(hip.labelPi()).isEqualTo(fromRelease.labelPi());
        assertThat(hip.publicVersionDate()).isEqualTo(fromRelease.publicVersionDate());
        assertThat(hip.sterilizationMethods()).containsExactly("Radiation Sterilization");
        assertThat(hip.gmdnTerms()).singleElement().satisfies(g -> {
            assertThat(g.code()).isEqualTo("90017");
            assertThat(g.implantable()).isTrue();
        });
        assertThat(hip.premarketSubmissions()).containsExactly(new DeviceModel.PremarketSubmission("K190842", null));

        DeviceModel catheter = parsed(reader.read(SampleRelease.ROOT.resolve("lookup/lookup-A123BJC5D6E71.json")));
        assertThat(catheter.issuingAgency()).isEqualTo("HIBCC");
        assertThat(catheter.identifiers()).extracting(DeviceModel.Identifier::deviceId)
                .containsExactly("A123BJC5D6E71", "A123BJC5D6E72", "A123BJC5D6E73");
        assertThat(catheter.identifiers().get(1).packageQuantity()).isEqualTo(50);
        assertThat(catheter.labelPi()).isEqualTo(new DeviceModel.PiFlags(true, false, false, true, false));
        assertThat(catheter.contacts()).containsExactly(new DeviceModel.Contact("+1(555)010-7500", "214",
                "orders@westbrook-surgical.example"));
        assertThat(catheter.deviceSizes()).isEmpty();
        assertThat(catheter.storageConditions()).isEmpty();
        // The hip stem's contacts, sizes and storage conditions are those of the release's rows.
        assertThat(release.rowsStartingWith("contact 09506000143217"))
                .containsExactly("contact 09506000143217 " + hip.contacts().get(0));
        assertThat(release.rowsStartingWith("size 09506000143217"))
                .containsExactly("size 09506000143217 " + hip.deviceSizes().get(0));
        assertThat(release.rowsStartingWith("storage 09506000143217")).containsExactly(
                "storage 09506000143217 " + hip.storageConditions().get(0),
                "storage 09506000143217 " + hip.storageConditions().get(1));
        assertThat(hip.storageConditions().get(0).lowValue()).isEqualTo("-10");
    }

    @Test
    void sizesAndLimitsGivenAsJsonNumbersKeepTheirWrittenForm() {
        String json = "{\"gudid\":{\"device\":{\"identifiers\":{\"identifier\":{\"deviceId\":\"09506004200015\","
                + "\"deviceIdType\":\"Primary\",\"deviceIdIssuingAgency\":\"GS1\"}},"
                + "\"contacts\":{\"customerContact\":[{\"phone\":null,\"phoneExtension\":null,\"email\":null},"
                + "{\"phone\":\"+1(555)010-5300\"}]},"
                + "\"deviceSizes\":{\"deviceSize\":{\"sizeType\":\"Outer Diameter\",\"size\":{\"unit\":\"Millimeter\","
                + "\"value\":3.0},\"sizeText\":null}},"
                + "\"environmentalConditions\":{\"storageHandling\":[{\"storageHandlingType\":\"Storage Environment"
                + " Temperature\",\"storageHandlingHigh\":{\"unit\":\"Degrees Celsius\",\"value\":25.50},"
                + "\"storageHandlingLow\":null},{\"storageHandlingHigh\":{\"value\":\"9\"}}]}}}}";

        DeviceModel m = parsed(reader.parse(json.getBytes(StandardCharsets.UTF_8), "numbers.json"));

        // A contact with neither phone nor e-mail and a condition without a type say nothing: left out.
        assertThat(m.contacts()).containsExactly(new DeviceModel.Contact("+1(555)010-5300", null, null));
        assertThat(m.deviceSizes()).containsExactly(
                new DeviceModel.DeviceSize("Outer Diameter", "Millimeter", "3.0", null));
        assertThat(m.storageConditions()).containsExactly(new DeviceModel.StorageCondition(
                "Storage Environment Temperature", "Degrees Celsius", "25.50", null, null, null));
    }

    @Test
    void rejectsADocumentWithoutGudidDevice() {
        LookupJsonResult r = reader.parse("{\"error\":\"Device not found\"}".getBytes(StandardCharsets.UTF_8),
                "lookup.json");
        assertThat(r).isInstanceOf(LookupJsonResult.Rejected.class);
        assertThat(((LookupJsonResult.Rejected) r).message()).contains("lookup.json", "gudid.device");
    }

    @Test
    void rejectsADeviceWithoutAPrimaryIdentifier() {
        String json = "{\"gudid\":{\"device\":{\"brandName\":\"X\",\"identifiers\":{\"identifier\":"
                + "{\"deviceId\":\"10614141000415\",\"deviceIdType\":\"Package\"}}}}}";
        LookupJsonResult r = reader.parse(json.getBytes(StandardCharsets.UTF_8), "p.json");
        assertThat(((LookupJsonResult.Rejected) r).message()).contains("Primary");
    }

    @Test
    void acceptsASingleObjectWhereAListIsExpected() {
        String json = "{\"gudid\":{\"device\":{\"identifiers\":{\"identifier\":{\"deviceId\":\"00614141000418\","
                + "\"deviceIdType\":\"Primary\",\"deviceIdIssuingAgency\":\"GS1\"}},\"lotBatch\":\"true\","
                + "\"productCodes\":{\"fdaProductCode\":{\"productCode\":\"FRN\"}}}}}";
        DeviceModel m = parsed(reader.parse(json.getBytes(StandardCharsets.UTF_8), "s.json"));
        assertThat(m.primaryDi()).isEqualTo("00614141000418");
        assertThat(m.labelPi().lot()).isTrue();
        assertThat(m.productCodes()).extracting(DeviceModel.ProductCode::code).containsExactly("FRN");
    }

    @Test
    void rejectsWhatIsNotJsonOrTooLarge() throws IOException {
        assertThat(reader.parse("<html>".getBytes(StandardCharsets.UTF_8), "x.json"))
                .isInstanceOf(LookupJsonResult.Rejected.class)
                .extracting(r -> ((LookupJsonResult.Rejected) r).message()).asString().contains("not valid JSON");
        assertThat(reader.parse("[1,2]".getBytes(StandardCharsets.UTF_8), "a.json"))
                .extracting(r -> ((LookupJsonResult.Rejected) r).message()).asString().contains("not a JSON object");
        assertThat(reader.parse(new byte[0], "empty.json")).isInstanceOf(LookupJsonResult.Rejected.class);
        assertThat(reader.parse("[".repeat(5000).getBytes(StandardCharsets.UTF_8), "deep.json"))
                .isInstanceOf(LookupJsonResult.Rejected.class);
        GudidLookupJson small = new GudidLookupJson(new ReleaseLimits(1024, 16, 10, 1024));
        Path big = Files.writeString(tmp.resolve("big.json"), "{\"pad\":\"" + "x".repeat(2000) + "\"}");
        assertThat(small.read(big)).extracting(r -> ((LookupJsonResult.Rejected) r).message()).asString()
                .contains("big.json", "larger than");
        assertThat(reader.read(tmp.resolve("none.json"))).isInstanceOf(LookupJsonResult.Rejected.class);
    }
}
