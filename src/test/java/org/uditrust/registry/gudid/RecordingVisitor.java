package org.uditrust.registry.gudid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uditrust.registry.DeviceModel;

/** Keeps every row a read hands over, to compare reads and look at fields (small releases only). */
final class RecordingVisitor implements GudidRowVisitor {

    final Map<String, DeviceModel> devices = new LinkedHashMap<>();
    final List<String> rows = new ArrayList<>();

    @Override
    public void device(DeviceModel model) {
        devices.put(model.primaryDi(), model);
        rows.add("device " + model);
    }

    @Override
    public void identifier(String primaryDi, DeviceModel.Identifier identifier) {
        rows.add("identifier " + primaryDi + " " + identifier);
    }

    @Override
    public void productCode(String primaryDi, DeviceModel.ProductCode productCode) {
        rows.add("productCode " + primaryDi + " " + productCode);
    }

    @Override
    public void gmdnTerm(String primaryDi, DeviceModel.GmdnTerm term) {
        rows.add("gmdn " + primaryDi + " " + term);
    }

    @Override
    public void premarketSubmission(String primaryDi, DeviceModel.PremarketSubmission submission) {
        rows.add("submission " + primaryDi + " " + submission);
    }

    @Override
    public void sterilizationMethod(String primaryDi, String method) {
        rows.add("sterilization " + primaryDi + " " + method);
    }

    @Override
    public void contact(String primaryDi, DeviceModel.Contact contact) {
        rows.add("contact " + primaryDi + " " + contact);
    }

    @Override
    public void deviceSize(String primaryDi, DeviceModel.DeviceSize size) {
        rows.add("size " + primaryDi + " " + size);
    }

    @Override
    public void storageCondition(String primaryDi, DeviceModel.StorageCondition condition) {
        rows.add("storage " + primaryDi + " " + condition);
    }

    List<String> rowsStartingWith(String prefix) {
        List<String> out = new ArrayList<>();
        for (String r : rows) {
            if (r.startsWith(prefix)) {
                out.add(r);
            }
        }
        return out;
    }
}
